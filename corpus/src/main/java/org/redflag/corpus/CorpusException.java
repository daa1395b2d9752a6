package org.redflag.corpus;

import org.redflag.RedflagException;

/** A corpus file that cannot be read, or a malformed line in one: the message is {@code file:line: what is wrong}. */
public class CorpusException extends RedflagException {

    /** @param message {@code file:line: what is wrong} */
    public CorpusException(String message) {
        super(message);
    }

    /**
     * @param message {@code file:line: what is wrong}
     * @param cause the underlying failure
     */
    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
