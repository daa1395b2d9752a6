package org.redflag.features;

import java.util.List;
import org.redflag.nlp.AnalyzedAd;

/** Finds the indicators of an analysed ad, each with its evidence. Thread-safe. */
public interface IndicatorDetector {

    /**
     * @param ad an analysed ad
     * @return the indicators found, in {@link Indicator} order, each once
     */
    List<IndicatorMatch> detect(AnalyzedAd ad);
}
