package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /citycoop/site.css}, the site's style, and {@code /citycoop/editor.js} ({@link EditorServlet}); {@code /citycoop}, where the home was, leads to {@code /}. */
final class SiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where Jetty sends a request that nothing served, for the site's 404 page. */
    static final String NOT_FOUND = "/citycoop/not-found";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (rest.equals("/site.css") || rest.equals("/editor.js")) {
            try (InputStream in = SiteServlet.class.getResourceAsStream(rest.substring(1))) {
                Responses.send(request, response, rest.endsWith(".css") ? "text/css" : "text/javascript",
                    in.readAllBytes(), null);
            }
            return;
        }
        if (rest.equals("/")) {
            // the home moved to the root: an old link still gets there
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "/");
            return;
        }
        if (rest.equals("/not-found")) {
            Object asked = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            String path = asked == null ? rest : asked.toString();
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No page " + path,
                NearMisses.pages(path));
            return;
        }
        Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No page " + rest);
    }
}
