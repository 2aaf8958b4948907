package vn.bca.antq.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the browser how long the server worked on a page or a Vaadin request, in the standard {@code Server-Timing}
 * header ({@code app;dur=12.3}: from the request's arrival, before the security chain, until its body starts): the
 * benchmark (bench/dashboard.mjs) reads it from the browser's resource timing, so that the server's part of a page is
 * measured apart from the browser's own work on the same machine. Only Vaadin's requests ({@code v-r=}) and pages
 * carry it: never the sign-in form's POST, whose duration must say nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerTiming extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString(); // never getParameter: it would read a POST's body (an upload's)
        boolean vaadin = query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
        boolean page =
                "GET".equals(request.getMethod()) && !request.getRequestURI().contains(".");
        return !(vaadin || page);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Timed(response, System.nanoTime()));
    }

    /** Adds the header when the body is about to be written, the moment the server's work is done. */
    private static final class Timed extends HttpServletResponseWrapper {
        private final long started;
        private boolean stamped;

        Timed(HttpServletResponse response, long started) {
            super(response);
            this.started = started;
        }

        private void stamp() {
            if (!stamped && !isCommitted()) {
                stamped = true;
                setHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }
    }
}
