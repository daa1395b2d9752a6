package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redflag.batch.scan.ScanLauncher;

/**
 * What {@code redflag scan} does on SIGTERM or Ctrl-C: the first signal asks the running scan to stop at its next
 * chunk, so that it ends {@code STOPPED} with every committed ad kept and the next scan restarts it where it stopped;
 * a second signal, or a first one while no scan is running yet, ends the process at once (the next scan then recovers
 * the killed run).
 */
final class StopOnSignal implements Runnable {

    /** The exit code of a process ended at once by a signal (128 + SIGINT, as shells report Ctrl-C). */
    static final int HALTED = 130;

    private final ScanLauncher launcher;
    private final PrintWriter out;
    private final Runnable halt;
    private final AtomicBoolean asked = new AtomicBoolean();

    StopOnSignal(ScanLauncher launcher, PrintWriter out) {
        this(launcher, out, () -> Runtime.getRuntime().halt(HALTED));
    }

    /** @param halt ends the process at once */
    StopOnSignal(ScanLauncher launcher, PrintWriter out, Runnable halt) {
        this.launcher = launcher;
        this.out = out;
        this.halt = halt;
    }

    @Override
    public void run() {
        if (!asked.getAndSet(true) && launcher.stopRunning()) {
            say("stopping: the scan ends at its next chunk and the next scan restarts it there; signal again to end at once");
            return;
        }
        say("ending at once; the next scan recovers this one");
        halt.run();
    }

    private void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
