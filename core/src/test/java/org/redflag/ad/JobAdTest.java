package org.redflag.ad;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobAdTest {

    @Test
    void aBuilderRefusesANullAttributeByItsParameter() {
        assertThatThrownBy(() -> JobAd.builder().attributes(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("attributes");
        assertThatThrownBy(() -> JobAd.builder().attribute(null, "x"))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("attribute");
    }
}
