package org.redflag.corpus.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves a {@link DemoBoard} over HTTP on a free loopback port, until closed. */
public final class DemoBoardServer implements AutoCloseable {

    private final HttpServer server;
    private final DemoBoard board;
    private final AtomicInteger adPagesServed;

    private DemoBoardServer(HttpServer server, DemoBoard board, AtomicInteger adPagesServed) {
        this.server = server;
        this.board = board;
        this.adPagesServed = adPagesServed;
    }

    /**
     * @param board the pages to serve
     * @return the running server
     */
    public static DemoBoardServer start(DemoBoard board) {
        AtomicInteger adPagesServed = new AtomicInteger();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> serve(exchange, board, adPagesServed));
            server.start();
            return new DemoBoardServer(server, board, adPagesServed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo board on loopback: " + e.getMessage(), e);
        }
    }

    private static void serve(HttpExchange exchange, DemoBoard board, AtomicInteger adPagesServed) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] body = board.page(key).orElse(null);
        int status = body == null ? 404 : 200;
        if (body != null && DemoBoard.isAdPage(key)) {
            adPagesServed.incrementAndGet();
        }
        if (body == null) {
            body = "<html><body><h1>Not found</h1></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type",
                key.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** @return the server's base URL, e.g. {@code http://127.0.0.1:41234/} */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/");
    }

    /** @return how many ad pages the board has served so far: how far a crawl of it has got */
    public int adPagesServed() {
        return adPagesServed.get();
    }

    /** @return the board served */
    public DemoBoard board() {
        return board;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
