package org.govgraph.bench.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that trickle a SPARQL body, one byte a second, on as many connections as the
 * server has request threads and more; a connection the server cuts (408, or closed) is
 * opened again, so the pressure lasts the whole run. One thread drives them all.
 */
final class SlowBodies implements AutoCloseable {
    private static final byte[] HEAD =
            ("POST /sparql HTTP/1.1\r\nHost: load\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);

    private final String host;
    private final int port;
    private final int connections;
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong cut = new AtomicLong();
    private final Thread driver;
    private volatile boolean running = true;

    private SlowBodies(String host, int port, int connections) {
        this.host = host;
        this.port = port;
        this.connections = connections;
        this.driver = new Thread(this::drive, "slow-bodies");
        driver.setDaemon(true);
    }

    static SlowBodies start(String host, int port, int connections) {
        SlowBodies slow = new SlowBodies(host, port, connections);
        slow.driver.start();
        return slow;
    }

    private void drive() {
        List<Socket> sockets = new ArrayList<>();
        try {
            while (running) {
                while (sockets.size() < connections && running) {
                    sockets.add(open());
                }
                for (int i = 0; i < sockets.size(); i++) {
                    if (!trickle(sockets.get(i))) {
                        cut.incrementAndGet();
                        close(sockets.get(i));
                        sockets.set(i, open());
                    }
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new IllegalStateException("A slow client could not connect: " + e.getMessage(), e);
        } finally {
            sockets.forEach(SlowBodies::close);
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(host, port);
        socket.setSoTimeout(1);
        socket.getOutputStream().write(HEAD);
        opened.incrementAndGet();
        return socket;
    }

    /** Sends one more byte; false when the server has answered or closed the connection. */
    private static boolean trickle(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            try {
                in.read(); // A byte of an answer (408), or the end: the server has cut this client.
                return false;
            } catch (SocketTimeoutException quiet) {
                // Nothing from the server yet: the connection is still held.
            }
            OutputStream out = socket.getOutputStream();
            out.write('x');
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    /** Connections opened, the first ones included. */
    long opened() {
        return opened.get();
    }

    /** Connections the server cut (answered or closed) before their body was in. */
    long cut() {
        return cut.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        driver.interrupt();
        driver.join(10_000);
    }
}
