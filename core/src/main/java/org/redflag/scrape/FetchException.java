package org.redflag.scrape;

import org.redflag.RedflagException;

/** A page that could not or must not be fetched: unreachable, refused by policy, or an HTTP error. */
public class FetchException extends RedflagException {

    /** @param message one line: which URL and why */
    public FetchException(String message) {
        super(message);
    }

    /**
     * @param message one line: which URL and why
     * @param cause the underlying failure
     */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
