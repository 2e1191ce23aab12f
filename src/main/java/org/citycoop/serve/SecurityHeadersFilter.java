package org.citycoop.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the headers that make a page safe to render: a Content-Security-Policy that lets scripts, styles, fonts and
 * requests come from this server only (so a value in the data can never load or run code from elsewhere), no
 * content sniffing, no framing, and no full referrer sent to other sites. It decides nothing about access.
 */
final class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /**
     * The two style sheets the query editor's scripts inject (icon sizes, the editor's resize grip), allowed by
     * their digests: no other inline style may apply.
     */
    private static final String EDITOR_STYLES = "'sha256-aEQSlIbK4nhxYNw+zpzYqdiQ417icXEsj5EAdIgzvCo=' "
        + "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";
    /** Images may also be data: URLs (the explorer's PNG export, the editor's icons). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' " + EDITOR_STYLES + "; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
