package vn.bca.antq.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bca.antq.indicator.Indicator;

class SlideSpecTest {

    @Test
    void readsEachKindWithItsIndicatorAndProvinces() {
        assertThat(SlideSpec.parseList("map:festival-sites,trend,spotlight:coverage-communes:01.79,festival"))
                .contains(List.of(
                        SlideSpec.of(SlideKind.NATIONAL_MAP, Indicator.FESTIVAL_SITES),
                        SlideSpec.of(SlideKind.NATIONAL_TREND, SlideSpec.DEFAULT_INDICATOR),
                        new SlideSpec(SlideKind.SPOTLIGHT, Indicator.COVERAGE_COMMUNES, List.of("01", "79")),
                        SlideSpec.of(SlideKind.FESTIVAL, SlideSpec.DEFAULT_INDICATOR)));
    }

    @Test
    void writesWhatItReads() {
        String written =
                "map:festival-sites,ranking:models,trend:coverage-communes,coverage,festival,spotlight:exemplars:31";
        assertThat(SlideSpec.formatList(SlideSpec.parseList(written).orElseThrow()))
                .isEqualTo(written);
    }

    @Test
    void rejectsAnyPartItDoesNotKnow() {
        assertThat(SlideSpec.parseList("map:no-such-indicator")).isEmpty();
        assertThat(SlideSpec.parseList("pie")).isEmpty();
        assertThat(SlideSpec.parseList("map,pie")).isEmpty();
        assertThat(SlideSpec.parseList("spotlight:models:1a")).isEmpty();
        assertThat(SlideSpec.parseList("spotlight:models:01:02")).isEmpty();
        assertThat(SlideSpec.parseList(" , ")).isEmpty();
    }

    @Test
    void slidesWithFixedFiguresIgnoreAnIndicatorAndOnlySpotlightsKeepProvinces() {
        assertThat(new SlideSpec(SlideKind.COVERAGE, Indicator.MODELS, List.of("01")))
                .isEqualTo(SlideSpec.of(SlideKind.COVERAGE, SlideSpec.DEFAULT_INDICATOR));
    }
}
