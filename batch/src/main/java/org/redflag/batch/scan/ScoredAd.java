package org.redflag.batch.scan;

import org.redflag.classify.RiskAssessment;
import org.redflag.nlp.AnalyzedAd;

/**
 * An ad after the analyse-and-score step.
 *
 * @param analysis its analysis
 * @param assessment its assessment
 */
public record ScoredAd(AnalyzedAd analysis, RiskAssessment assessment) {
}
