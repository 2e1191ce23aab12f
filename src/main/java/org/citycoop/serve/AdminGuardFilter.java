package org.citycoop.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the administration paths ({@code /$/...}). The UI may read the server's status ({@code GET} of ping,
 * server, datasets, stats) and validate queries; everything else (creating or deleting datasets, backups,
 * compaction, tasks, reloads) needs the admin's credentials over HTTP Basic authentication, and is refused
 * outright on a server started without credentials.
 */
final class AdminGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> OPEN_READS = Set.of("/$/ping", "/$/server", "/$/datasets", "/$/datasets/ds", "/$/stats",
        "/$/stats/ds", "/$/metrics");
    private final transient Guard guard;

    AdminGuardFilter(Credentials credentials) {
        this.guard = new Guard(credentials, "administration actions");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (read && OPEN_READS.contains(path) || path.startsWith("/$/validate/")) {
            chain.doFilter(request, response);
            return;
        }
        if (guard.allows(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
