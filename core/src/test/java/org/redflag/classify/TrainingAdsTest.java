package org.redflag.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;

class TrainingAdsTest {

    static JobAd ad(String id, String description) {
        return JobAd.builder().id(id).title("Packer").description(description).build();
    }

    @Test
    void theSameAdsGiveTheSameBytesWhateverTheirOrder() {
        TrainingAds one = TrainingAds.of(List.of(ad("a", "Pay the visa fee first."), ad("b", "Ward nurse for our unit.")));
        TrainingAds other = TrainingAds.of(List.of(ad("b", "Ward nurse for our unit."), ad("a", "Pay the visa fee first.")));
        assertThat(one.toBytes()).isEqualTo(other.toBytes());
        assertThat(new String(one.toBytes(), java.nio.charset.StandardCharsets.UTF_8)).matches("([0-9a-f]{16}\n){2}");
    }

    @Test
    void anAdIsKnownByItsTextAndNotItsId() {
        TrainingAds read = TrainingAds.fromBytes(TrainingAds.of(List.of(ad("a", "Pay the visa fee first."))).toBytes(), "m");
        assertThat(read.contains(ad("another id", "Pay the visa fee first."))).isTrue();
        assertThat(read.contains(ad("a", "Pay the visa fee first!"))).as("one character changed").isFalse();
    }
}
