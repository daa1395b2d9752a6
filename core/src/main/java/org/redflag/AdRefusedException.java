package org.redflag;

/**
 * An ad that Redflag does not assess as it is: it has no text, too little to judge or more than one ad may have.
 * Nothing is wrong but the ad itself, and the same content is refused again: a scan keeps such an ad stored and
 * tries it again only when its content changes.
 */
public class AdRefusedException extends RedflagException {

    /** @param message one line: which ad, and why it is not assessed */
    public AdRefusedException(String message) {
        super(message);
    }
}
