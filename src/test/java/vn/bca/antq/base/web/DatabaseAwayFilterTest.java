package vn.bca.antq.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request that fails because the database is away gets a page that says so and reloads itself; others do not. */
class DatabaseAwayFilterTest {

    private final DatabaseAwayFilter filter = new DatabaseAwayFilter();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aRequestThatCannotReachTheDatabaseIsAnswered503WithAPageThatReloadsItself() throws Exception {
        FilterChain away = (req, res) -> {
            throw new ServletException(
                    "Filter execution threw an exception",
                    new CannotGetJdbcConnectionException(
                            "Failed to obtain JDBC Connection",
                            new SQLNonTransientConnectionException("Socket fail to connect to host:127.0.0.1")));
        };
        filter.doFilter(new MockHttpServletRequest("GET", "/province/33"), response, away);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString())
                .contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("Cơ sở dữ liệu tạm thời không truy cập được")
                .contains("The system waits for the database to return")
                .doesNotContain("127.0.0.1")
                .doesNotContain("Exception");
    }

    @Test
    void otherErrorsAndGoodRequestsPassThroughUntouched() throws Exception {
        FilterChain broken = (req, res) -> {
            throw new InvalidDataAccessApiUsageException("a bug, not an outage");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), response, broken))
                .isInstanceOf(InvalidDataAccessApiUsageException.class);

        MockHttpServletResponse fine = new MockHttpServletResponse();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/"),
                fine,
                (req, res) -> res.getWriter().write("ok"));
        assertThat(fine.getStatus()).isEqualTo(200);
        assertThat(fine.getContentAsString()).isEqualTo("ok");
    }
}
