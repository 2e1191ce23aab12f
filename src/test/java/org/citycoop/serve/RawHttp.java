package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte on a loopback socket, so that a path reaches the server exactly as
 * written ({@code ..}, {@code %2e%2e}, {@code ;}, {@code //}), as {@code curl --path-as-is} sends it.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** The status code the server answers. */
    static int status(int port, String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
            .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return statusOf(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        in.readAllBytes();
        String[] parts = line.toString().split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IllegalStateException("not an HTTP response: " + line);
        }
        return Integer.parseInt(parts[1]);
    }
}
