package org.redflag.scrape.jsoup;

import java.util.ArrayList;
import java.util.List;

/** A clock that passes time at once and keeps every wait it was asked for, so tests check waits without waiting. */
final class FakeClock implements HostPacer.Clock {

    private long now = System.currentTimeMillis();
    private final List<Long> sleeps = new ArrayList<>();

    @Override
    public synchronized long millis() {
        return now;
    }

    @Override
    public synchronized void sleep(long millis) {
        sleeps.add(millis);
        now += millis;
    }

    /** Lets time pass without anyone waiting. */
    synchronized void advance(long millis) {
        now += millis;
    }

    synchronized List<Long> sleeps() {
        return List.copyOf(sleeps);
    }
}
