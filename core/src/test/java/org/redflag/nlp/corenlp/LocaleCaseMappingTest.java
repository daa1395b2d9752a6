package org.redflag.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleCaseMappingTest {

    @Test
    void turkishAndAzerbaijaniChangeTheCaseOfIOtherwiseThanTheRootLocale() {
        assertThat(LocaleCaseMapping.agreesWithRoot(Locale.forLanguageTag("tr-TR"))).isFalse();
        assertThat(LocaleCaseMapping.agreesWithRoot(Locale.forLanguageTag("az"))).isFalse();
        assertThat(LocaleCaseMapping.warning(Locale.forLanguageTag("tr-TR")))
                .startsWith("the JVM's default locale tr-TR lowercases \"I\" as \"ı\"").contains("-Duser.language=en");
    }

    @Test
    void otherLocalesAgree() {
        for (String tag : new String[] {"en-US", "de-DE", "id-ID", "ne-NP", "ar-AE", "lt-LT", "el-GR"}) {
            assertThat(LocaleCaseMapping.agreesWithRoot(Locale.forLanguageTag(tag))).as(tag).isTrue();
        }
        assertThat(LocaleCaseMapping.agreesWithRoot(Locale.ROOT)).isTrue();
    }
}
