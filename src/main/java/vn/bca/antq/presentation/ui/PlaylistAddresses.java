package vn.bca.antq.presentation.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.presentation.SlideSpec;

/**
 * Addresses of presentations (see docs/PRESENTATION.md), relative to the application's root like every link Vaadin
 * writes, so that they also work under a context path.
 */
final class PlaylistAddresses {

    static final String PRESENT = "present";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PlaylistAddresses() {}

    /** A stored playlist: {@code present?playlist=3}. */
    static String playlist(long id) {
        return PRESENT + "?playlist=" + id;
    }

    /**
     * An unsaved deck: {@code present?slides=map%3Afestival-sites%2Ctrend&interval=15&year=2022[&structure=reported]
     * [&refresh=06%3A00]}.
     */
    static String preview(
            List<SlideSpec> slides, int year, Structure structure, int intervalSeconds, @Nullable LocalTime refreshAt) {
        StringBuilder address = new StringBuilder(PRESENT)
                .append("?slides=")
                .append(encode(SlideSpec.formatList(slides)))
                .append("&interval=")
                .append(intervalSeconds)
                .append("&year=")
                .append(year);
        if (structure != Structure.DEFAULT) {
            address.append("&structure=").append(structure.code());
        }
        if (refreshAt != null) {
            address.append("&refresh=").append(encode(TIME.format(refreshAt)));
        }
        return address.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
