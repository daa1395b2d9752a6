package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** A progress line on stderr for long loops over ads. */
final class Progress implements IntConsumer {

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final int step;

    Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.step = Math.max(1, total / 50);
    }

    @Override
    public synchronized void accept(int done) {
        if (done % step == 0 || done == total) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.printf("\r%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(width - filled), done, total);
            if (done == total) {
                err.println();
            }
            err.flush();
        }
    }
}
