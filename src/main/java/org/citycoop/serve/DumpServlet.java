package org.citycoop.serve;

import java.io.IOException;

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

    private final transient DumpFiles files;

    DumpServlet(GraphStore store) {
        this.files = new DumpFiles(store);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        for (Dump dump : Dump.values()) {
            if (dump.path.equals(path)) {
                serve(request, response, dump, files.of(dump, dump.format));
                return;
            }
        }
        Responses.error(request, response, HttpServletResponse.SC_NOT_FOUND, "Not found",
            "The dumps are " + Dump.TRIG.path + " and " + Dump.NQUADS.path);
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, Dump dump, DumpFiles.File file)
            throws IOException {
        Responses.cors(response);
        Responses.validators(response, file.etag(), file.made());
        if (Responses.notModified(request, file.etag(), file.made())) {
            Responses.notModified(response);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.path.substring(
            dump.path.lastIndexOf('/') + 1) + "\"");
        response.setContentLengthLong(java.nio.file.Files.size(file.path()));
        if (!request.getMethod().equals("HEAD")) {
            java.nio.file.Files.copy(file.path(), response.getOutputStream());
        }
    }
}
