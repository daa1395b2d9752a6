package org.redflag.batch.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a request to stop: the handler runs instead of the JVM's shutdown, so that
 * {@code redflag run} can stop its scan, close the index and exit with 0.
 */
final class Signals {

    private Signals() {
    }

    /** @param action run when the process is asked to terminate (SIGTERM, or SIGINT from Ctrl-C) */
    static void onTermination(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> action.run());
            } catch (IllegalArgumentException e) {
                // the platform has no such signal, or the JVM reserves it: the default shutdown applies
            }
        }
    }
}
