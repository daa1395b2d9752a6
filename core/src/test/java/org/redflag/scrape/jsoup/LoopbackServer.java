package org.redflag.scrape.jsoup;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on loopback, for tests: each route answers as a test says, every request is logged. */
final class LoopbackServer implements AutoCloseable {

    /** A request the server received. */
    record Request(String path, Headers headers) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

    LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    /** Answers requests to exactly {@code path} (HttpServer itself matches prefixes); others get 404. */
    LoopbackServer route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders()));
            try {
                if (ex.getRequestURI().getPath().equals(path)) {
                    handler.handle(ex);
                } else {
                    send(ex, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the client hung up, as it should on a page it refuses
            } finally {
                ex.close();
            }
        });
        return this;
    }

    /** @return the URL of a path on this server, as http://127.0.0.1:port/... */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** @return the requests to a path so far, in order */
    List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    static void html(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends a body with no Content-Type header at all. */
    static void sendUntyped(HttpExchange ex, byte[] body) throws IOException {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return gzip of {@code size} spaces, built without holding them: a gzip bomb */
    static byte[] gzipOfSpaces(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (int left = size; left > 0; left -= chunk.length) {
                gz.write(chunk, 0, Math.min(left, chunk.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sends {@code size} bytes of HTML, streamed: with a Content-Length when {@code declare}, chunked otherwise. */
    static void huge(HttpExchange ex, long size, boolean declare) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, declare ? size : 0);
        byte[] chunk = ("<p>" + "x".repeat(64 * 1024 - 8) + "</p>\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
            }
        }
    }

    /**
     * Sends headers, then one byte of HTML every {@code pauseMillis}, each pause well within a read
     * timeout, until the client hangs up or a minute has passed: a page that never quite ends.
     */
    static void trickle(HttpExchange ex, long pauseMillis) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent * pauseMillis < 60_000; sent++) {
                out.write('x');
                out.flush();
                Thread.sleep(pauseMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
