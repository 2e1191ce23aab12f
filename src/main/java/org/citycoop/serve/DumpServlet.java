package org.citycoop.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citycoop.store.Exporter;
import org.citycoop.store.GraphStore;

/**
 * Whole-dataset dumps, gzipped, written straight to the response as the store is read: nothing is built in memory.
 */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The dumps on offer. */
    enum Dump {
        TRIG("/dumps/citycoop.trig.gz", "application/trig", Exporter.Format.TRIG),
        NQUADS("/dumps/citycoop.nq.gz", "application/n-quads", Exporter.Format.NQUADS);

        private final String path;
        private final String mediaType;
        private final Exporter.Format format;

        Dump(String path, String mediaType, Exporter.Format format) {
            this.path = path;
            this.mediaType = mediaType;
            this.format = format;
        }

        String path() {
            return path;
        }

        String mediaType() {
            return mediaType;
        }
    }

    private final transient GraphStore store;

    DumpServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        for (Dump dump : Dump.values()) {
            if (dump.path.equals(path)) {
                Responses.cors(response);
                response.setContentType("application/gzip");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + path.substring(path.lastIndexOf('/') + 1) + "\"");
                if (request.getMethod().equals("HEAD")) {
                    return;
                }
                try (OutputStream gzip = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
                    new Exporter(store).write(dump.format, gzip);
                }
                return;
            }
        }
        Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
            "The dumps are " + Dump.TRIG.path + " and " + Dump.NQUADS.path);
    }
}
