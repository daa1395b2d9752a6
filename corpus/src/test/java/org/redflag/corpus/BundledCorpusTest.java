package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redflag.features.Indicator;

/** The corpus the team ships: valid, and with the make-up that its users rely on. */
class BundledCorpusTest {

    private static final Path SOURCE = Path.of("src/main/resources", CorpusReaders.BUNDLED_CORPUS);

    @Test
    void theShippedCorpusValidates() {
        assertThat(CorpusValidator.validate(SOURCE)).isEmpty();
    }

    @Test
    void theShippedCorpusIsWhatTheJarReads() {
        assertThat(CorpusReaders.readBundled()).hasSameSizeAs(CorpusReaders.readAll(SOURCE, false));
    }

    @Test
    void itHasEnoughAdsOfEachLabelAndHardNegatives() {
        List<LabelledAd> ads = CorpusReaders.readBundled();
        CorpusStats stats = CorpusStats.of(ads);
        assertThat(stats.ads()).isGreaterThanOrEqualTo(600);
        assertThat(stats.labels().get(Label.EXPLOITATIVE)).isGreaterThanOrEqualTo(250);
        assertThat(stats.labels().get(Label.LEGITIMATE)).isGreaterThanOrEqualTo(300);
        long hardNegatives = ads.stream().filter(a -> a.label() == Label.LEGITIMATE)
                .filter(a -> a.indicators().stream().map(Indicator::fromCode)
                        .anyMatch(i -> i.isPresent() && !i.get().isProtective()))
                .count();
        assertThat(hardNegatives).as("legitimate ads that show a risk indicator").isGreaterThanOrEqualTo(100);
    }

    @Test
    void everyIndicatorIsAnnotatedInAtLeastFifteenAds() {
        Map<String, Map<Label, Integer>> byCode = CorpusStats.of(CorpusReaders.readBundled()).indicators();
        for (Indicator i : Indicator.values()) {
            int ads = byCode.getOrDefault(i.name(), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            assertThat(ads).as(i.name()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void theAgreementReportedInTheReadmeIsWhatTheSecondAnnotationGives() {
        CorpusAgreement a = CorpusAgreement.of(CorpusReaders.readBundled(),
                CorpusReaders.readAll(Path.of("agreement/second-annotator.jsonl"), false));
        assertThat(a.ads()).isEqualTo(60);
        assertThat(a.labelKappa()).isEqualTo(1.0);
        assertThat(a.indicators().get("VAGUE_EMPLOYER").kappa()).isCloseTo(0.56, org.assertj.core.api.Assertions.within(0.005));
    }
}
