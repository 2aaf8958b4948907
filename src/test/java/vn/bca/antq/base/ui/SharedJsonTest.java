package vn.bca.antq.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equal values shown on many pages are kept as one tree; different values stay apart. */
class SharedJsonTest {

    record Style(String fill, List<String> tooltip) {}

    @Test
    void anEqualValueGivesTheTreeKeptBefore() {
        Map<String, Style> first = Map.of("36", new Style("#006d2c", List.of("Nam Định", "97,37%")));
        Map<String, Style> again = Map.of("36", new Style("#006d2c", List.of("Nam Định", "97,37%")));

        assertThat(SharedJson.of(again)).isSameAs(SharedJson.of(first));
    }

    @Test
    void aDifferentValueGivesItsOwnTree() {
        Map<String, Style> one = Map.of("36", new Style("#006d2c", List.of("Nam Định", "97,37%")));
        Map<String, Style> other = Map.of("36", new Style("#006d2c", List.of("Nam Định", "97,38%")));

        assertThat(SharedJson.of(other)).isNotSameAs(SharedJson.of(one)).isNotEqualTo(SharedJson.of(one));
        assertThat(SharedJson.of(other).get("36").get("tooltip").get(1).asString())
                .isEqualTo("97,38%");
    }
}
