package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
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
    private final transient Credentials credentials;

    AdminGuardFilter(Credentials credentials) {
        this.credentials = credentials;
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
        if (credentials == null) {
            Responses.error(request, response, HttpServletResponse.SC_FORBIDDEN, "Administration is off",
                "This server was started without credentials, so it is read-only. Set CITYCOOP_ADMIN_PASSWORD "
                    + "(or use --credentials FILE) to enable writes and administration.");
            return;
        }
        if (!authorised(request.getHeader("Authorization"), credentials)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + CityCoopServer.REALM + "\", charset=\"UTF-8\"");
            Responses.error(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required",
                "Administration needs the admin's user and password.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether an Authorization header carries the credentials, compared in constant time. */
    static boolean authorised(String header, Credentials credentials) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
