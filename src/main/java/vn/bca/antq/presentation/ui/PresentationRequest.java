package vn.bca.antq.presentation.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.presentation.InvalidPlaylistException;
import vn.bca.antq.presentation.Playlist;
import vn.bca.antq.presentation.PlaylistService;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.SlideKind;
import vn.bca.antq.presentation.SlideSpec;

/**
 * What {@code /present?...} asks for (see docs/PRESENTATION.md): a stored playlist or ad-hoc slides, overridden by
 * year, structure ({@code structure=current|reported}, today's by default), interval and refresh time, plus where to start, whether paused, and whether this window leads the room.
 * The screen writes its position back into the same address, so that a reload resumes where it was.
 */
record PresentationRequest(
        Presentation presentation, int startIndex, boolean paused, boolean presenter, QueryParameters query) {

    static final String PLAYLIST = "playlist";
    static final String SLIDES = "slides";
    static final String YEAR = "year";
    static final String STRUCTURE = "structure";
    static final String INTERVAL = "interval";
    static final String REFRESH = "refresh";
    static final String SLIDE = "slide";
    static final String PAUSED = "paused";
    static final String PRESENTER = "presenter";

    /** Shown when no playlist is stored and none is asked for: the whole country, every kind of slide once. */
    static final List<SlideSpec> STANDARD_SLIDES = List.of(
            SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.COVERAGE_COMMUNES),
            SlideSpec.of(SlideKind.RANKING, Indicator.COVERAGE_RESIDENTIAL_AREAS),
            SlideSpec.of(SlideKind.NATIONAL_TREND, Indicator.COVERAGE_COMMUNES),
            SlideSpec.of(SlideKind.COVERAGE, Indicator.COVERAGE_COMMUNES),
            SlideSpec.of(SlideKind.FESTIVAL, Indicator.FESTIVAL_SITES));

    /**
     * Reads the address; throws {@link InvalidPlaylistException} (keys "present.error.*" or "playlist.error.*")
     * naming the first thing wrong with it.
     */
    static PresentationRequest from(QueryParameters query, PlaylistService playlists, String adHocName) {
        Map<String, String> values = new HashMap<>();
        query.getParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                values.put(k, v.getFirst().strip());
            }
        });
        Presentation base = base(values, playlists, adHocName);
        int year = read(values, YEAR, Integer::parseInt).filter(Years::covers).orElseGet(() -> {
            rejectIfPresent(
                    values, YEAR, "present.error.year", String.valueOf(Years.FIRST), String.valueOf(Years.LAST));
            return base.year();
        });
        Duration interval = read(values, INTERVAL, s -> Duration.ofSeconds(Long.parseLong(s)))
                .filter(Presentation::isAllowedInterval)
                .orElseGet(() -> {
                    rejectIfPresent(
                            values,
                            INTERVAL,
                            "playlist.error.interval",
                            String.valueOf(Presentation.SHORTEST_INTERVAL.toSeconds()),
                            String.valueOf(Presentation.LONGEST_INTERVAL.toSeconds()));
                    return base.interval();
                });
        LocalTime refreshAt = read(values, REFRESH, s -> LocalTime.parse(s, DateTimeFormatter.ofPattern("H:mm")))
                .orElseGet(() -> {
                    rejectIfPresent(values, REFRESH, "present.error.refresh", values.getOrDefault(REFRESH, ""));
                    return base.refreshAt();
                });
        Structure structure = Optional.ofNullable(values.get(STRUCTURE))
                .map(s -> Structure.ofCode(s)
                        .orElseThrow(() -> new InvalidPlaylistException("present.error.structure", s)))
                .orElse(base.structure());
        Presentation presentation =
                new Presentation(base.name(), base.slides(), year, interval, refreshAt, base.playlistId(), structure);
        playlists.check(presentation);
        int start = read(values, SLIDE, Integer::parseInt).filter(n -> n >= 1).orElse(1) - 1;
        return new PresentationRequest(
                presentation, start, "true".equals(values.get(PAUSED)), "true".equals(values.get(PRESENTER)), query);
    }

    private static Presentation base(Map<String, String> values, PlaylistService playlists, String adHocName) {
        if (values.containsKey(SLIDES)) {
            List<SlideSpec> slides = SlideSpec.parseList(values.get(SLIDES))
                    .orElseThrow(() -> new InvalidPlaylistException("present.error.slides", values.get(SLIDES)));
            return new Presentation(adHocName, slides, Years.DEFAULT, Presentation.DEFAULT_INTERVAL, null, null);
        }
        if (values.containsKey(PLAYLIST)) {
            String id = values.get(PLAYLIST);
            return read(values, PLAYLIST, Long::parseLong)
                    .flatMap(playlists::find)
                    .map(Playlist::toPresentation)
                    .orElseThrow(() -> new InvalidPlaylistException("playlist.error.not-found", id));
        }
        return playlists.all().stream()
                .findFirst()
                .map(Playlist::toPresentation)
                .orElseGet(() -> new Presentation(
                        adHocName, STANDARD_SLIDES, Years.DEFAULT, Presentation.DEFAULT_INTERVAL, null, null));
    }

    private static <T> Optional<T> read(Map<String, String> values, String name, Function<String, T> parse) {
        String text = values.get(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void rejectIfPresent(Map<String, String> values, String name, String key, String... arguments) {
        if (values.containsKey(name) && !values.get(name).isEmpty()) {
            throw new InvalidPlaylistException(key, arguments);
        }
    }

    /** The same address with the screen's current position and pause state, to resume there after a reload. */
    QueryParameters at(int index, boolean paused) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.getParameters());
        parameters.put(SLIDE, List.of(String.valueOf(index + 1)));
        if (paused) {
            parameters.put(PAUSED, List.of("true"));
        } else {
            parameters.remove(PAUSED);
        }
        return new QueryParameters(parameters);
    }
}
