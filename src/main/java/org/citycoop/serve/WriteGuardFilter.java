package org.citycoop.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the write endpoints of the dataset ({@code /ds/update}, and {@code /ds/data} for any method but GET and
 * HEAD): they exist only on a server started with credentials, and need them over HTTP Basic authentication.
 */
final class WriteGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final transient Guard guard;

    WriteGuardFilter(Credentials credentials) {
        this.guard = new Guard(credentials, "SPARQL Update and Graph Store writes");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (guard.allows(request, response)) {
            chain.doFilter(request, response);
        }
    }

    private static boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        return path.equals("/ds/update") || path.equals("/ds/data") && !read
            || path.equals("/ds") && !read && !isQuery(request);
    }

    /** A POST to the dataset itself may be a query (by form or content type); anything else there is a write. */
    private static boolean isQuery(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType();
        return request.getMethod().equals("POST") && (type.startsWith("application/sparql-query")
            || type.startsWith("application/x-www-form-urlencoded") && request.getParameter("query") != null);
    }
}
