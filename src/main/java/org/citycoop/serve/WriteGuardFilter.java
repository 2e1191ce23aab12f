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
    private final transient Credentials credentials;

    WriteGuardFilter(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (credentials == null) {
            Responses.error(request, response, HttpServletResponse.SC_FORBIDDEN, "Writes are off",
                "This server was started without credentials, so it is read-only. Set CITYCOOP_ADMIN_PASSWORD "
                    + "(or use --credentials FILE) to enable SPARQL Update and Graph Store writes.");
            return;
        }
        if (!AdminGuardFilter.authorised(request.getHeader("Authorization"), credentials)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + CityCoopServer.REALM + "\", charset=\"UTF-8\"");
            Responses.error(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required",
                "Writing needs the admin's user and password.");
            return;
        }
        chain.doFilter(request, response);
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
