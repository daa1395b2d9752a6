package org.redflag;

/**
 * A failure a user can act on: bad input, a missing or corrupt model, an unreachable site.
 * Its message is one line that says what went wrong and where, fit to print at the command line.
 */
public class RedflagException extends RuntimeException {

    /** @param message one line: what went wrong and where */
    public RedflagException(String message) {
        super(message);
    }

    /**
     * @param message one line: what went wrong and where
     * @param cause the underlying failure, kept for logs
     */
    public RedflagException(String message, Throwable cause) {
        super(message, cause);
    }
}
