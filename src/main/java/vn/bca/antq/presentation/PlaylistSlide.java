package vn.bca.antq.presentation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.indicator.Indicator;

/** A slide as stored in a playlist (table playlist_slide; the position is the list's order). */
@Embeddable
public class PlaylistSlide {

    @Enumerated(EnumType.STRING)
    private SlideKind kind;

    @Enumerated(EnumType.STRING)
    private Indicator indicator;
    /** Province codes separated by dots; empty: every province. */
    @Column(name = "provinces")
    private String provinces;

    protected PlaylistSlide() {}

    PlaylistSlide(SlideSpec spec) {
        this.kind = spec.kind();
        this.indicator = spec.indicator();
        // distinct: a province named twice is shown once, and the column holds every province of an era
        this.provinces = String.join(".", spec.provinces().stream().distinct().toList());
    }

    SlideSpec toSpec() {
        List<String> codes = provinces.isBlank() ? List.of() : Arrays.asList(provinces.split("\\."));
        return new SlideSpec(kind, indicator, codes);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlaylistSlide slide
                && kind == slide.kind
                && indicator == slide.indicator
                && provinces.equals(slide.provinces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, indicator, provinces);
    }
}
