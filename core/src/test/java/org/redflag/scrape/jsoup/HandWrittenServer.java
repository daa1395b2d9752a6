package org.redflag.scrape.jsoup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on loopback that writes its answers byte by byte, for tests of what {@link LoopbackServer}
 * cannot do: headers that trickle in, a body that stalls. Each connection gets one answer, then is closed;
 * robots.txt is a 404 (everything allowed) unless a test routes it.
 */
final class HandWrittenServer implements AutoCloseable {

    /** Writes one answer, status line and headers included. */
    @FunctionalInterface
    interface Answer {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    /** How long a stalling answer waits before it gives up by itself, so that a test never hangs. */
    private static final long MAX_STALL_MILLIS = 30_000;

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> routes = new ConcurrentHashMap<>();

    HandWrittenServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.put("/robots.txt", out -> out.write(ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n")));
        threads.submit(this::accept);
    }

    HandWrittenServer route(String path, Answer answer) {
        routes.put(path, answer);
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }

    /** @return an answer whose status line and headers come one byte every {@code pauseMillis}, then a page */
    static Answer trickledHeaders(long pauseMillis) {
        return out -> {
            String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + "x".repeat(200) + "\r\n";
            for (byte b : ascii(head)) {
                out.write(b);
                out.flush();
                Thread.sleep(pauseMillis);
            }
            out.write(ascii("Content-Length: 4\r\nConnection: close\r\n\r\n<p/>"));
        };
    }

    /** @return an answer whose headers come whole, then {@code start} of its body, then nothing for a long while */
    static Answer stalledBody(String headers, byte[] start) {
        return out -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + headers + "Connection: close\r\n\r\n"));
            out.write(start);
            out.flush();
            Thread.sleep(MAX_STALL_MILLIS);
        };
    }

    /** @return a whole page at once */
    static Answer page(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return out -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n"));
            out.write(body);
        };
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                threads.submit(() -> answer(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            BufferedReader request = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String line = request.readLine();
            for (String header = line; header != null && !header.isEmpty(); header = request.readLine()) {
                // the request line and headers: only the path is needed
            }
            if (line == null) {
                return;
            }
            Answer answer = routes.getOrDefault(line.split(" ")[1], out -> out.write(ascii(
                    "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")));
            OutputStream out = connection.getOutputStream();
            answer.write(out);
            out.flush();
        } catch (IOException e) {
            // the client hung up, as it should on an answer it gives up on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the test is over
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
