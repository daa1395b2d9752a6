package org.redflag.corpus.demo;

import org.redflag.ad.JobAd;

/**
 * Makes the demo board's synthetic variants of a corpus ad, so that the board can publish more ads than
 * the corpus holds (a scan of 100,000 ads). Variant {@code n} of an ad is the ad posted again with a
 * reference line of its own: a new id and content, one word no other ad has (so the variants grow the
 * vocabulary, as real ads do), and otherwise the same text, contacts and employer, so that each corpus
 * ad and its variants form one near-duplicate cluster and one contact network.
 */
final class AdVariant {

    private AdVariant() {
    }

    /**
     * @param ad a corpus ad
     * @param n which variant, 1 or more; 0 is the ad itself
     * @return the variant
     */
    static JobAd of(JobAd ad, int n) {
        if (n == 0) {
            return ad;
        }
        String id = ad.id() + "-v" + n;
        return ad.toBuilder().id(id).description(ad.description() + "\nRef. " + id.toUpperCase(java.util.Locale.ROOT)).build();
    }
}
