package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;
import org.redflag.batch.ConsoleProgress;

/** The progress of a command's loop over a known number of ads, told the count of ads done. */
final class Progress implements IntConsumer {

    private final ConsoleProgress console;
    private final int total;

    Progress(PrintWriter err, String label, int total) {
        this.console = ConsoleProgress.on(err, label);
        this.total = total;
    }

    @Override
    public void accept(int done) {
        console.show(done, total);
    }
}
