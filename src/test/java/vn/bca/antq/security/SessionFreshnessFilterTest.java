package vn.bca.antq.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests ask whether the session is still fresh: all but the public scripts, styles and geometry. */
class SessionFreshnessFilterTest {

    private final SessionFreshnessFilter filter = new SessionFreshnessFilter(null, null, null, null, null);

    @Test
    void publicFilesAreNotChecked() {
        for (String path : new String[] {
            "/VAADIN/build/FlowClient-UQAf1L9j.js",
            "/lumo/lumo.css",
            "/styles.css",
            "/geo/9d4840578089/provinces-34.json"
        }) {
            assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", path)))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void pagesUidlPushAndDownloadsAreChecked() {
        for (String[] request : new String[][] {
            {"GET", "/"},
            {"GET", "/province/37"},
            {"POST", "/"},
            {"GET", "/VAADIN/push"},
            {"GET", "/VAADIN/dynamic/resource/0/ed1e8865/units.csv"},
            {"POST", "/VAADIN/build/x.js"},
            {"GET", "/admin/x.css"}
        }) {
            assertThat(filter.shouldNotFilter(new MockHttpServletRequest(request[0], request[1])))
                    .as(request[0] + " " + request[1])
                    .isFalse();
        }
    }
}
