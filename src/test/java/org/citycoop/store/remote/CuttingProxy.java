package org.citycoop.store.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a store that can be told to stop answering once so many more bytes of requests
 * have gone through it: then it drops every connection and refuses new ones, as a store that died would, until it
 * is opened again.
 */
final class CuttingProxy implements AutoCloseable {
    private final int port = RemoteStoreProcess.freePort();
    private final InetSocketAddress target;
    private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    CuttingProxy(int targetPort) throws IOException {
        this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
        listen();
    }

    int port() {
        return port;
    }

    /** Stops answering once {@code bytes} more bytes of requests have passed. */
    void cutAfter(long bytes) {
        budget.set(bytes);
    }

    /** Answers again, forwarding everything. */
    void reopen() throws IOException {
        budget.set(Long.MAX_VALUE);
        if (server == null || server.isClosed()) {
            listen();
        }
    }

    private void listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread accepting = new Thread(() -> accept(socket), "proxy-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket store = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(store);
                pump(client, store, true);
                pump(store, client, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean counted) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (counted && budget.addAndGet(-n) < 0) {
                        cut();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed, or the proxy was cut
            }
        }, "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void cut() {
        try {
            server.close();
        } catch (IOException e) {
            // closing only
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing only
            }
        }
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }
}
