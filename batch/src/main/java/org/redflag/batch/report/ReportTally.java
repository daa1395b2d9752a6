package org.redflag.batch.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AssessedAd;

/**
 * What the HTML report shows of the index's ads, counted as they stream past riskiest first: how many
 * ads by level, by tenth of risk, by indicator, by the model that scored them and high-risk by site, and the riskiest
 * few in full.
 * It holds the counts and those few ads, whatever the size of the index.
 */
public final class ReportTally {

    /** How many of the riskiest ads the report shows in full. */
    static final int TOP_ADS = 25;

    private int ads;
    private final Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
    private final int[] riskTenths = new int[10];
    private final Map<Indicator, Integer> indicators = new EnumMap<>(Indicator.class);
    private final Map<String, Integer> highRiskBySite = new TreeMap<>();
    private final Map<String, Integer> models = new TreeMap<>();
    private final List<AssessedAd> riskiest = new ArrayList<>();

    /** @param ad the next ad, riskiest first */
    void add(AssessedAd ad) {
        ads++;
        levels.merge(ad.assessment().level(), 1, Integer::sum);
        riskTenths[Math.min(9, (int) (ad.assessment().risk() * 10))]++;
        for (IndicatorMatch m : ad.assessment().indicators()) {
            indicators.merge(m.indicator(), 1, Integer::sum);
        }
        models.merge(ad.assessment().model(), 1, Integer::sum);
        if (ad.assessment().level() == RiskLevel.HIGH) {
            highRiskBySite.merge(ad.ad().source(), 1, Integer::sum);
        }
        if (riskiest.size() < TOP_ADS) {
            riskiest.add(ad);
        }
    }

    /** @return how many ads were counted */
    int ads() {
        return ads;
    }

    /** @return ads by risk level */
    Map<RiskLevel, Integer> levels() {
        return levels;
    }

    /** @return ads by tenth of risk: [0, 0.1), [0.1, 0.2), ... [0.9, 1] */
    int[] riskTenths() {
        return riskTenths.clone();
    }

    /** @return in how many ads each indicator was found (an ad counts once per match) */
    Map<Indicator, Integer> indicators() {
        return indicators;
    }

    /** @return ads by the id of the model that scored them */
    Map<String, Integer> models() {
        return models;
    }

    /** @return the riskiest ads, at most {@value #TOP_ADS}, riskiest first */
    List<AssessedAd> riskiest() {
        return riskiest;
    }

    /** @return high-risk ads by site */
    public Map<String, Integer> highRiskBySite() {
        return highRiskBySite;
    }
}
