package org.redflag.index;

import org.redflag.RedflagException;

/** A search whose query text does not parse, or is too complex to run: the asker's mistake, not the index's. */
public class InvalidQueryException extends RedflagException {

    /**
     * @param message one line: the query, and why it cannot run
     * @param cause the parser's error
     */
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
