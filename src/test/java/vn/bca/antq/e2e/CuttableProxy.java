package vn.bca.antq.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the browser and the app whose line can be cut: {@link #cut()} closes every connection through
 * it (the push WebSocket included) and refuses new ones until {@link #restore()}. Chromium's network emulation
 * ("offline") blocks new requests but leaves an open WebSocket working, so on its own it is no network drop for a page
 * the server pushes to; the relay makes it one.
 */
final class CuttableProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean down;

    CuttableProxy(String targetHost, int targetPort) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target = new InetSocketAddress(targetHost, targetPort);
        Thread.ofVirtual().name("e2e-proxy-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes every connection through the relay and refuses new ones; how many were open. */
    int cut() {
        down = true;
        int count = 0;
        for (Socket socket : open) {
            close(socket);
            count++;
        }
        return count;
    }

    void restore() {
        down = false;
    }

    /** Connections refused while cut. */
    int refused() {
        return refused.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (down) {
                refused.incrementAndGet();
                close(client);
                continue;
            }
            Thread.ofVirtual().start(() -> relay(client));
        }
    }

    private void relay(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 5000);
        } catch (IOException e) {
            close(client);
            close(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        Thread.ofVirtual().start(() -> pump(client, upstream));
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // either side closed or the line was cut
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        cut();
    }
}
