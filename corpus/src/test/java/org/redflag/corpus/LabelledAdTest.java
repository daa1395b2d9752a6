package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;

class LabelledAdTest {

    @Test
    void evidenceIsPlacedWhereverItsTextStandsInTheDescription() {
        JobAd ad = JobAd.builder().id("e").description("Fee 50 USD. Passport kept. Fee 50 USD again.").build();
        LabelledAd labelled = new LabelledAd(ad, Label.EXPLOITATIVE, List.of("RECRUITMENT_FEE", "DOCUMENT_RETENTION"),
                List.of(new LabelledAd.Evidence("RECRUITMENT_FEE", "Fee 50 USD"),
                        new LabelledAd.Evidence("DOCUMENT_RETENTION", "Passport kept")), true, "", "test:1");
        assertThat(labelled.placedEvidence()).extracting(p -> p.indicator() + "@" + p.span().start() + "-" + p.span().end())
                .containsExactly("RECRUITMENT_FEE@0-10", "RECRUITMENT_FEE@27-37", "DOCUMENT_RETENTION@12-25");
    }
}
