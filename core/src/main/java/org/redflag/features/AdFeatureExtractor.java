package org.redflag.features;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redflag.ad.JobAd;
import org.redflag.nlp.AnalyzedAd;

/**
 * The standard features: one strength per indicator (the number of evidence spans), the number of
 * distinct risk indicators and protective signals, and the ad's structure (employer named, company
 * profile, salary, requirements and benefits given, length).
 */
public final class AdFeatureExtractor implements FeatureExtractor {

    private static final List<String> NAMES = names();

    private final IndicatorDetector detector;

    /** @param detector finds the indicators */
    public AdFeatureExtractor(IndicatorDetector detector) {
        this.detector = detector;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            names.add("indicator." + i.name());
        }
        names.addAll(List.of("risk_indicators", "protective_signals", "has_employer", "has_company_profile",
                "has_salary", "has_requirements", "has_benefits", "log_tokens"));
        return List.copyOf(names);
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public FeatureVector extract(AnalyzedAd analyzed) {
        List<IndicatorMatch> matches = detector.detect(analyzed);
        Map<Indicator, Integer> strength = new EnumMap<>(Indicator.class);
        for (IndicatorMatch m : matches) {
            strength.put(m.indicator(), m.evidence().size());
        }
        Map<String, Double> values = new LinkedHashMap<>();
        int risks = 0;
        int protective = 0;
        for (Indicator i : Indicator.values()) {
            int s = strength.getOrDefault(i, 0);
            values.put("indicator." + i.name(), (double) s);
            if (s > 0 && i.isProtective()) {
                protective++;
            } else if (s > 0) {
                risks++;
            }
        }
        JobAd ad = analyzed.ad();
        values.put("risk_indicators", (double) risks);
        values.put("protective_signals", (double) protective);
        values.put("has_employer", ad.employer().isEmpty() ? 0.0 : 1.0);
        values.put("has_company_profile", ad.companyProfile().isEmpty() ? 0.0 : 1.0);
        values.put("has_salary", ad.salary().isEmpty() ? 0.0 : 1.0);
        values.put("has_requirements", ad.requirements().isEmpty() ? 0.0 : 1.0);
        values.put("has_benefits", ad.benefits().isEmpty() ? 0.0 : 1.0);
        values.put("log_tokens", Math.log1p(analyzed.tokens().size()));
        return new FeatureVector(analyzed.lemmaText(), values, matches);
    }
}
