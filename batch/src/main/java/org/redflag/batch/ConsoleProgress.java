package org.redflag.batch;

import java.io.PrintWriter;

/**
 * The progress of a long loop over ads, on standard error. On a terminal it is a bar redrawn in place, fifty times at most;
 * elsewhere (a log file, a pipe, a scan run by cron) it is a line each time another tenth is done, so that a log holds a
 * few readable lines instead of one line of carriage returns.
 */
public final class ConsoleProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private int lastStep = -1;
    private boolean open;

    /**
     * @param err where to show it
     * @param label what is being done ("analysing")
     * @param terminal whether {@code err} is a terminal, where the bar is redrawn in place
     */
    public ConsoleProgress(PrintWriter err, String label, boolean terminal) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
    }

    /**
     * @param err where to show it
     * @param label what is being done
     * @return progress shown as a bar where the process has a terminal, as lines elsewhere
     */
    public static ConsoleProgress on(PrintWriter err, String label) {
        return new ConsoleProgress(err, label, System.console() != null);
    }

    /**
     * Shows how far the loop has come, where it has come another step (a fiftieth on a terminal, a tenth elsewhere).
     *
     * @param done how many items are done
     * @param total how many there are in all (fewer than {@code done} counts as {@code done})
     */
    public synchronized void show(int done, int total) {
        int all = Math.max(done, total);
        int steps = terminal ? 50 : 10;
        int step = all == 0 ? steps : (int) ((long) done * steps / all);
        if (step <= lastStep) {
            return;
        }
        lastStep = step;
        int filled = all == 0 ? WIDTH : (int) ((long) done * WIDTH / all);
        String line = String.format("%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, all);
        if (terminal) {
            err.print("\r" + line);
            open = done < all;
            if (!open) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the bar's line where it is still open, and starts counting again for the next loop. */
    public synchronized void end() {
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
        lastStep = -1;
    }
}
