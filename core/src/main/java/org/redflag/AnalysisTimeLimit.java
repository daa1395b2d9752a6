package org.redflag;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the time one analysis may take: it runs on the calling thread, and an alarm interrupts that thread when the
 * limit passes. CoreNLP's annotators stop at an interrupt (they throw {@code RuntimeInterruptedException}); its tagger
 * takes 5 to 10 ms for each token it has never seen, so an ad of tens of thousands of emoji or made-up words would
 * otherwise hold a scan for minutes. The alarm's interrupt never outlives the analysis it was meant for.
 */
final class AnalysisTimeLimit {

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redflag-analysis-time-limit");
        t.setDaemon(true);
        return t;
    });

    private final Duration limit;

    /** @param limit how long one analysis may take; positive */
    AnalysisTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("an analysis time limit must be positive, not " + limit);
        }
        this.limit = limit;
    }

    /** @return how long one analysis may take */
    Duration limit() {
        return limit;
    }

    /**
     * @param analysis the work, run on this thread
     * @param overTime what to throw when the limit passed before the work ended, as it stopped at the interrupt
     * @return what the work gave; also when it ended just as the limit passed
     */
    <T> T run(Supplier<T> analysis, Supplier<RuntimeException> overTime) {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> ringing = ALARMS.schedule(alarm::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return analysis.get();
        } catch (RuntimeException e) {
            if (alarm.rang()) {
                RuntimeException refusal = overTime.get();
                refusal.addSuppressed(e);
                throw refusal;
            }
            throw e;
        } finally {
            ringing.cancel(false);
            alarm.silence();
        }
    }

    /** Interrupts one thread once, unless silenced first; silencing clears an interrupt it made. */
    private static final class Alarm {
        private final Thread worker;
        private boolean rang;
        private boolean silenced;

        Alarm(Thread worker) {
            this.worker = worker;
        }

        synchronized void ring() {
            if (!silenced) {
                rang = true;
                worker.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        /** Called on the worker's thread when its analysis has ended. */
        synchronized void silence() {
            silenced = true;
            if (rang) {
                Thread.interrupted(); // the alarm's interrupt, which nothing after the analysis should see
            }
        }
    }
}
