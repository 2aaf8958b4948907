package vn.bca.antq.intake.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.intake.Dataset;

/** Which submission the intake page shows: {@code /intake?province=33&year=2025&dataset=SAFETY}. */
record IntakeAddress(String provinceCode, int year, Dataset dataset) {

    static IntakeAddress of(QueryParameters parameters, String defaultProvince) {
        Map<String, List<String>> p = parameters.getParameters();
        String province = first(p, "province").filter(c -> c.matches("\\d{2}")).orElse(defaultProvince);
        int year = first(p, "year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::parseInt)
                .filter(Years::covers)
                .orElse(Years.DEFAULT);
        Dataset dataset = first(p, "dataset")
                .flatMap(d -> Arrays.stream(Dataset.values())
                        .filter(v -> v.name().equalsIgnoreCase(d))
                        .findFirst())
                .orElse(Dataset.SAFETY);
        return new IntakeAddress(province, year, dataset);
    }

    QueryParameters parameters() {
        return QueryParameters.simple(
                Map.of("province", provinceCode, "year", String.valueOf(year), "dataset", dataset.name()));
    }

    String scopeDescription() {
        return "province " + provinceCode + ", " + year + ", " + dataset;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name))
                .filter(l -> !l.isEmpty())
                .map(l -> l.getFirst());
    }
}
