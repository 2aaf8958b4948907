package vn.bca.antq.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Which start of the server answers: a random id, new at every start, in the {@code X-Antq-Instance} header of every
 * page. An unattended screen compares it with the one it was drawn by, so it notices a restart even when its push
 * connection never says so (a reconnect that lands in the moment between the port opening and Vaadin's start is
 * dropped by Vaadin 25.2, vaadin/flow#25482, and the screen then waits for pushes that never come).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ServerInstance extends OncePerRequestFilter {

    public static final String HEADER = "X-Antq-Instance";
    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, id);
        chain.doFilter(request, response);
    }
}
