package vn.bca.antq.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.bca.antq.base.db.DatabaseAway;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.Translations;

/**
 * A request that fails because the database cannot be reached (the session check, the sign-in, a page) is answered
 * with 503 and a short page in Vietnamese and English that reloads itself every {@link #RETRY_SECONDS} s: a
 * conference screen or a user's tab comes back by itself once the database does, with no stack trace on the way.
 * Errors inside Vaadin's own requests are told in the page instead ({@code NotifyingErrorHandler}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class DatabaseAwayFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseAway.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "The database cannot be reached ({} {}): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            log.debug("The database cannot be reached (a full pool says the same)", e);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String page() {
        String vi = HtmlUtils.htmlEscape(Translations.get(Language.VI, "error.database"), "UTF-8");
        String en = HtmlUtils.htmlEscape(Translations.get(Language.EN, "error.database"), "UTF-8");
        String title = HtmlUtils.htmlEscape(Translations.get(Language.VI, "error.database.title"), "UTF-8");
        return """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="%d"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;\
                font-size:1.25rem;line-height:1.5}</style></head>
                <body id="database-away"><h1>%s</h1><p>%s</p><p lang="en">%s</p></body></html>
                """.formatted(RETRY_SECONDS, title, title, vi, en);
    }
}
