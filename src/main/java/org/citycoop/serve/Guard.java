package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The check in front of writes and administration: refused (403) on a server without credentials, challenged (401)
 * without the right ones, allowed with them. HTTP Basic authentication; passwords compared in constant time.
 */
final class Guard {
    private final Credentials credentials;
    private final String what;

    /**
     * @param credentials the admin's credentials, or null for a read-only server
     * @param what        what the guard protects, for messages ("SPARQL Update and Graph Store writes")
     */
    Guard(Credentials credentials, String what) {
        this.credentials = credentials;
        this.what = what;
    }

    /** Whether the request may go on; if not, the refusal has been sent. */
    boolean allows(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (credentials == null) {
            Responses.error(request, response, HttpServletResponse.SC_FORBIDDEN, "Read-only server",
                "This server was started without credentials, so " + what + " are off. Set CITYCOOP_ADMIN_PASSWORD "
                    + "(or use --credentials FILE) to enable them.");
            return false;
        }
        if (!authorised(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + CityCoopServer.REALM + "\", charset=\"UTF-8\"");
            Responses.error(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required",
                what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)
                    + " need the admin's user and password.");
            return false;
        }
        return true;
    }

    private boolean authorised(String header) {
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
