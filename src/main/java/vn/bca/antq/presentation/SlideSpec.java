package vn.bca.antq.presentation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.bca.antq.indicator.Indicator;

/**
 * One entry of a playlist: a kind of slide with its indicator, and for spotlights the provinces shown in turn (none:
 * every province of the year's structure). Written as {@code kind[:indicator[:code.code...]]}, e.g.
 * {@code map:coverage-communes}, {@code spotlight:festival-sites:01.79}, {@code festival}.
 */
public record SlideSpec(SlideKind kind, Indicator indicator, List<String> provinces) implements Serializable {

    public static final Indicator DEFAULT_INDICATOR = Indicator.COVERAGE_COMMUNES;

    public SlideSpec {
        provinces = kind == SlideKind.SPOTLIGHT ? List.copyOf(provinces) : List.of();
        indicator = kind.takesIndicator() ? indicator : DEFAULT_INDICATOR;
    }

    public static SlideSpec of(SlideKind kind, Indicator indicator) {
        return new SlideSpec(kind, indicator, List.of());
    }

    /** Reads one slide as written in an address; empty when any part is unknown. */
    public static Optional<SlideSpec> parse(String text) {
        String[] parts = text.trim().split(":", -1);
        Optional<SlideKind> kind = SlideKind.ofCode(parts[0]);
        if (kind.isEmpty() || parts.length > 3) {
            return Optional.empty();
        }
        Indicator indicator = DEFAULT_INDICATOR;
        if (parts.length > 1 && !parts[1].isBlank()) {
            Optional<Indicator> named = Indicator.ofCode(parts[1]);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            indicator = named.get();
        }
        List<String> provinces = parts.length > 2
                ? Arrays.stream(parts[2].split("\\."))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList()
                : List.of();
        if (provinces.stream().anyMatch(p -> !p.matches("\\d{2}"))) {
            return Optional.empty();
        }
        return Optional.of(new SlideSpec(kind.get(), indicator, provinces));
    }

    /** Reads a comma-separated list of slides; empty when any of them is not understood. */
    public static Optional<List<SlideSpec>> parseList(String text) {
        List<Optional<SlideSpec>> read = Arrays.stream(text.split(","))
                .filter(s -> !s.isBlank())
                .map(SlideSpec::parse)
                .toList();
        return read.isEmpty() || read.stream().anyMatch(Optional::isEmpty)
                ? Optional.empty()
                : Optional.of(read.stream().map(Optional::orElseThrow).toList());
    }

    public static String formatList(List<SlideSpec> specs) {
        return specs.stream().map(SlideSpec::format).collect(Collectors.joining(","));
    }

    public String format() {
        if (!kind.takesIndicator()) {
            return kind.code();
        }
        String text =
                kind.code() + ":" + indicator.code().toLowerCase(Locale.ROOT).replace('_', '-');
        return provinces.isEmpty() ? text : text + ":" + String.join(".", provinces);
    }
}
