package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;

class CorpusAgreementTest {

    private static LabelledAd ad(String id, Label label, String... indicators) {
        return new LabelledAd(JobAd.builder().id(id).description("text of " + id).build(), label, List.of(indicators),
                List.of(), true, "", id);
    }

    @Test
    void kappaMatchesTheTextbookExample() {
        // Cohen's kappa, the classic 2x2 example: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no -> 0.40
        assertThat(CorpusAgreement.kappa(new int[][] {{15, 10}, {5, 20}})).isCloseTo(0.40, within(1e-9));
    }

    @Test
    void perfectAgreementIsOneAndAdsOfOneAnnotatorOnlyAreLeftOut() {
        List<LabelledAd> a = List.of(ad("1", Label.EXPLOITATIVE, "RECRUITMENT_FEE"), ad("2", Label.LEGITIMATE),
                ad("3", Label.FRAUDULENT, "RECRUITMENT_FEE"), ad("only-a", Label.LEGITIMATE));
        List<LabelledAd> b = List.of(ad("3", Label.FRAUDULENT, "RECRUITMENT_FEE"), ad("2", Label.LEGITIMATE),
                ad("1", Label.EXPLOITATIVE, "RECRUITMENT_FEE"));
        CorpusAgreement agreement = CorpusAgreement.of(a, b);
        assertThat(agreement.ads()).isEqualTo(3);
        assertThat(agreement.labelKappa()).isEqualTo(1.0);
        assertThat(agreement.indicators().get("RECRUITMENT_FEE").kappa()).isEqualTo(1.0);
        assertThat(agreement.indicators().get("URGENCY").kappa()).isNaN();
    }

    @Test
    void disagreementLowersKappaAndIsCounted() {
        List<LabelledAd> a = List.of(ad("1", Label.EXPLOITATIVE, "URGENCY"), ad("2", Label.LEGITIMATE, "URGENCY"),
                ad("3", Label.LEGITIMATE), ad("4", Label.EXPLOITATIVE));
        List<LabelledAd> b = List.of(ad("1", Label.EXPLOITATIVE, "URGENCY"), ad("2", Label.EXPLOITATIVE),
                ad("3", Label.LEGITIMATE), ad("4", Label.EXPLOITATIVE, "URGENCY"));
        CorpusAgreement agreement = CorpusAgreement.of(a, b);
        assertThat(agreement.labelAgreement()).isEqualTo(0.75);
        assertThat(agreement.labelKappa()).isCloseTo(0.5, within(1e-9));
        assertThat(agreement.indicators().get("URGENCY")).isEqualTo(new CorpusAgreement.IndicatorAgreement(2, 2, 1, 0.0));
    }
}
