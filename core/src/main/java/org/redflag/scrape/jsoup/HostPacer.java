package org.redflag.scrape.jsoup;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.redflag.scrape.FetchException;

/**
 * Politeness per host: one request at a time (one connection), and a pause after each before the
 * next starts. A host that asked us to wait (Retry-After, backoff) is held off for everyone.
 */
final class HostPacer {

    /** Time, so that tests can pass time without waiting. */
    interface Clock {
        long millis();

        void sleep(long millis) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long millis() {
                return System.currentTimeMillis();
            }

            @Override
            public void sleep(long millis) throws InterruptedException {
                Thread.sleep(millis);
            }
        };
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        long nextAllowed;
    }

    private final Clock clock;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostPacer(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Runs one request to a host when it is the host's turn, holding the host until it is done.
     *
     * @param host the host
     * @param delayMillis the pause after this request before the next to the host
     * @param request the request, which reads the whole answer
     * @return what the request returned
     */
    <T> T inTurn(String host, long delayMillis, Supplier<T> request) {
        Host h = host(host);
        lock(h, host);
        try {
            long wait = h.nextAllowed - clock.millis();
            if (wait > 0) {
                sleep(wait, host);
            }
            try {
                return request.get();
            } finally {
                h.nextAllowed = Math.max(h.nextAllowed, later(clock.millis(), delayMillis));
            }
        } finally {
            h.lock.unlock();
        }
    }

    /**
     * Keeps every request away from a host for a while.
     *
     * @param host the host
     * @param millis how long from now
     */
    void holdOff(String host, long millis) {
        Host h = host(host);
        lock(h, host);
        try {
            h.nextAllowed = Math.max(h.nextAllowed, later(clock.millis(), millis));
        } finally {
            h.lock.unlock();
        }
    }

    /**
     * @return {@code millis} from {@code now}, at most the end of time: a plain sum of a huge wait
     *     overflows to the past, and the host would get no pause at all
     */
    private static long later(long now, long millis) {
        long sum = now + Math.max(0, millis);
        return sum < now ? Long.MAX_VALUE : sum;
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host());
    }

    private static void lock(Host h, String host) {
        try {
            h.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting for a turn at " + host);
        }
    }

    private void sleep(long millis, String host) {
        try {
            clock.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting for a turn at " + host);
        }
    }
}
