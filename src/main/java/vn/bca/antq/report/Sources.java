package vn.bca.antq.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.bca.antq.indicator.Figure;
import vn.bca.antq.source.Source;

/** The distinct sources behind a report's figures, by kind and reference. */
final class Sources {

    private Sources() {}

    @SafeVarargs
    static List<Source> of(List<KeyFigure> keyFigures, Stream<Figure>... more) {
        Stream<Figure> key = keyFigures.stream().flatMap(k -> Stream.of(k.figure(), k.previousYear(), k.nation()));
        Map<Long, Source> byId = new LinkedHashMap<>();
        Stream.concat(key, Arrays.stream(more).flatMap(s -> s))
                .flatMap(f -> f.sources().stream())
                .forEach(s -> byId.putIfAbsent(s.getId(), s));
        return byId.values().stream()
                .sorted(Comparator.comparing(Source::getKind).thenComparing(Source::getReference))
                .toList();
    }
}
