package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writing responses the way linked-data clients expect: CORS, validators (ETag, Last-Modified), clear errors. */
final class Responses {
    private Responses() {
    }

    /** Any origin may read: everything the linked-data paths serve is public. */
    static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Location, Content-Location, Vary, Link");
    }

    /** Sends a body with its validators, or 304 when the client's copy is current. */
    static void send(HttpServletRequest request, HttpServletResponse response, String mediaType, byte[] body,
            Instant lastModified) throws IOException {
        cors(response);
        String etag = "\"" + digest(body) + "\"";
        validators(response, etag, lastModified);
        if (notModified(request, etag, lastModified)) {
            notModified(response);
            return;
        }
        response.setContentType(mediaType + (mediaType.startsWith("text/") || mediaType.endsWith("json")
            || mediaType.endsWith("trig") || mediaType.endsWith("triples") || mediaType.endsWith("xml") ? "; charset=utf-8" : ""));
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since > 0 && lastModified != null && lastModified.getEpochSecond() <= since / 1000;
    }

    /** 304 Not Modified, with no Content-Length (RFC 9110 forbids one that is not the full body's). */
    static void notModified(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        // committed now, before the container would count the empty body as a length of 0
        response.flushBuffer();
    }

    /** Sets the validators of a body: its ETag and, if known, when it was last modified. */
    static void validators(HttpServletResponse response, String etag, Instant lastModified) {
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
        }
    }

    /** An error as a short HTML page for browsers, plain text for everyone else. */
    static void error(HttpServletRequest request, HttpServletResponse response, int status, String title, String message)
            throws IOException {
        error(request, response, status, title, message, java.util.List.of());
    }

    /** As {@link #error(HttpServletRequest, HttpServletResponse, int, String, String)}, offering paths it may mean. */
    static void error(HttpServletRequest request, HttpServletResponse response, int status, String title, String message,
            java.util.List<String> meant) throws IOException {
        cors(response);
        response.setStatus(status);
        String accept = request.getHeader("Accept");
        byte[] body;
        if (accept != null && accept.contains("text/html")) {
            response.setContentType("text/html; charset=utf-8");
            String offered = meant.isEmpty() ? "" : "<p>Did you mean " + String.join(" or ", meant.stream()
                .map(path -> Html.link(path, path)).toList()) + "?</p>\n";
            body = Html.page(title, "", "<h1>" + Html.escape(title) + "</h1>\n<p>" + Html.escape(message)
                + "</p>\n" + offered + "<p><a href=\"/search\">Search</a>, or look things up from the <a href=\"/queries\">example queries</a>, the "
                + "<a href=\"/explore\">explorer</a> or the <a href=\"/editor\">SPARQL editor</a>.</p>").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/plain; charset=utf-8");
            body = (status + " " + title + ": " + message + (meant.isEmpty() ? "" : " Did you mean " + String.join(" or ",
                meant) + "?") + "\n").getBytes(StandardCharsets.UTF_8);
        }
        response.getOutputStream().write(body);
    }

    static void seeOther(HttpServletResponse response, String location) {
        cors(response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.addHeader("Vary", "Accept");
    }

    /** The first 128 bits of the body's SHA-256: enough to tell versions apart. */
    private static String digest(byte[] body) {
        return org.citycoop.Sha256.of(body).substring(0, 32);
    }
}
