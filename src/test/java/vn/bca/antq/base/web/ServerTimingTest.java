package vn.bca.antq.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServerTimingTest {

    private final ServerTiming filter = new ServerTiming();

    /** A request that takes 30 ms on the server before writing its body. */
    private static final FilterChain SLOW_PAGE = (request, response) -> {
        try {
            Thread.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.getWriter().write("{}");
    };

    private MockHttpServletResponse serve(String method, String uri, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, SLOW_PAGE);
        return response;
    }

    @Test
    void vaadinRequestsAndPagesTellHowLongTheServerWorked() throws Exception {
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {
            serve("POST", "/", "v-r=uidl&v-uiId=0"),
            serve("GET", "/", "v-r=init&location="),
            serve("GET", "/province/37", "year=2026")
        }) {
            String header = response.getHeader(ServerTiming.HEADER);
            assertThat(header).matches("app;dur=\\d+\\.\\d");
            assertThat(Double.parseDouble(header.substring("app;dur=".length())))
                    .isBetween(29.0, 5000.0);
        }
    }

    @Test
    void theSignInFormAndStaticFilesSayNothing() throws Exception {
        assertThat(serve("POST", "/login", null).getHeader(ServerTiming.HEADER)).isNull();
        assertThat(serve("GET", "/VAADIN/build/ol-abc.js", null).getHeader(ServerTiming.HEADER))
                .isNull();
        assertThat(serve("GET", "/geo/provinces-34.json", null).getHeader(ServerTiming.HEADER))
                .isNull();
    }
}
