package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /editor}: Fuseki's query editor, whose page the root used to serve; the root is the CityCoop home now. The
 * editor's page is served as Fuseki ships it, with one script of ours first ({@code /citycoop/editor.js}), which
 * gives it the root as the server's base.
 */
final class EditorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The editor's page in the jena-fuseki-ui jar. */
    private static final String PAGE = "/webapp/index.html";
    private static final String FIRST_SCRIPT = "<script type=\"module\"";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page;
        try (InputStream in = EditorServlet.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "the query editor is not installed");
                return;
            }
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String ours = "<script src=\"/citycoop/editor.js\"></script>\n    ";
        byte[] body = page.replace(FIRST_SCRIPT, ours + FIRST_SCRIPT).getBytes(StandardCharsets.UTF_8);
        Responses.send(request, response, "text/html", body, null);
    }
}
