package org.redflag.batch.scan;

/**
 * An ad the analysis skipped, and why: it stays in the index, unscored.
 *
 * @param id the ad's id
 * @param site the site it comes from, {@code unknown} when the index does not say
 * @param url where it was found; empty when the index holds none
 * @param reason why it could not be analysed, in one line
 */
public record SkippedAd(String id, String site, String url, String reason) {

    public SkippedAd {
        id = id == null ? "" : id;
        site = site == null ? "" : site;
        url = url == null ? "" : url;
        // a message may quote what an ad holds: it is kept to one line wherever it is shown
        reason = reason == null ? "" : reason.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
