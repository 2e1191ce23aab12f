package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Files from the classpath under a fixed folder: the explorer's page and scripts, and the browser libraries of the
 * webjars ({@code /webjars/cytoscape/<version>/dist/cytoscape.min.js}). Nothing is fetched from other hosts.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "html", "text/html",
        "json", "application/json", "geojson", "application/geo+json", "svg", "image/svg+xml", "png", "image/png",
        "ru", "application/sparql-update");
    private final String folder;
    private final String fixedFile;

    /**
     * @param folder    the classpath folder the request path is resolved in
     * @param fixedFile a file to serve whatever the path (for a page at a fixed URL), or null
     */
    ResourceServlet(String folder, String fixedFile) {
        this.folder = folder;
        this.fixedFile = fixedFile;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = fixedFile != null ? fixedFile : request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (file.isEmpty() || file.contains("..") || file.contains("//") || type == null) {
            Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No file " + file);
            return;
        }
        try (InputStream in = ResourceServlet.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No file " + file);
                return;
            }
            Responses.send(request, response, type, in.readAllBytes(), null);
        }
    }
}
