package org.redflag.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the ads read as one corpus, from one file or several: an ad whose id came before is refused, naming both
 * places, so that no ad is counted, trained on or measured twice.
 */
public final class AdIds {

    private final Map<String, String> firstSeen = new HashMap<>();

    /**
     * @param ad an ad read
     * @return the ad, its id now taken
     * @throws CorpusException when an earlier ad had its id: {@code file:line: ad id X again (first at file:line)}
     */
    public LabelledAd add(LabelledAd ad) {
        String prior = firstSeen.putIfAbsent(ad.ad().id(), ad.origin());
        if (prior != null) {
            throw new CorpusException(ad.origin() + ": ad id " + ad.ad().id() + " again (first at " + prior + ")");
        }
        return ad;
    }
}
