package org.redflag.scrape.jsoup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one request, from connecting to the last byte of its body, on a thread of its own, and gives up on it
 * when it is not done by a deadline. jsoup cannot be told to stop: its timeout bounds only the wait for the
 * headers (its HttpClient transport, the one it takes on Java 11 and later) or each read (its HttpURLConnection
 * one); on Java 17 a read of the body ignores an interrupt; and jsoup reads the start of a gzip body itself
 * before it hands the answer over. A server that trickles its answer in, or stalls, would hold the caller for
 * ever. Here the caller is free at the deadline whatever the request does. Giving up interrupts the request
 * (HttpClient then abandons one still waiting for its headers) and closes the body it reads; a request that
 * stalls where jsoup reads a gzip header keeps its thread until the server sends a byte or hangs up.
 */
final class RequestDeadline {

    /** The deadline passed before the request was done. */
    static final class PassedException extends IOException {
        private static final long serialVersionUID = 1L;

        PassedException(Duration limit) {
            super("no whole answer within " + limit.toMillis() + " ms");
        }
    }

    /**
     * A request to run within the deadline.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    interface Request<T> {
        /**
         * @param deadline where the request hands the body it opens, for giving up to close it
         * @return what the request returns
         * @throws IOException when it fails
         */
        T run(RequestDeadline deadline) throws IOException;
    }

    private static final ExecutorService REQUESTS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "redflag-request");
        t.setDaemon(true);
        return t;
    });

    /** The body being read, once the headers are in; guarded by this. */
    private Closeable body;
    /** Whether the caller gave up; guarded by this. */
    private boolean givenUp;

    private RequestDeadline() {
    }

    /**
     * @param limit the longest the request may take
     * @param request the request
     * @return what it returned
     * @throws PassedException when it was not done within {@code limit}
     * @throws IOException when it failed, or the caller was interrupted while it waited
     */
    static <T> T run(Duration limit, Request<T> request) throws IOException {
        RequestDeadline deadline = new RequestDeadline();
        Future<T> result = REQUESTS.submit(() -> request.run(deadline));
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            deadline.giveUp(result);
            throw new PassedException(limit);
        } catch (InterruptedException e) {
            deadline.giveUp(result);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /**
     * @param body the body the request is about to read
     * @return the same body; closed at once when the caller already gave up, so that reading it fails
     * @throws IOException when closing it fails
     */
    synchronized <S extends Closeable> S watch(S body) throws IOException {
        if (givenUp) {
            body.close();
        }
        this.body = body;
        return body;
    }

    private void giveUp(Future<?> result) {
        Closeable open;
        synchronized (this) {
            givenUp = true;
            open = body;
        }
        result.cancel(true);
        if (open != null) {
            try {
                open.close();
            } catch (IOException | RuntimeException e) {
                // the read it ends fails all the same, and no one waits for it any more
            }
        }
    }

    /** @return the request's own failure, to throw as it is */
    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new AssertionError("a request throws no other checked exception", cause);
    }
}
