package vn.bca.antq.presentation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
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

    protected PlaylistSlide() {
    }

    PlaylistSlide(SlideSpec spec) {
        this.kind = spec.kind();
        this.indicator = spec.indicator();
        this.provinces = String.join(".", spec.provinces());
    }

    SlideSpec toSpec() {
        List<String> codes = provinces.isBlank() ? List.of() : Arrays.asList(provinces.split("\\."));
        return new SlideSpec(kind, indicator, codes);
    }
}
