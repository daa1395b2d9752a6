package org.redflag.ad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void countsTheWordsOfASentenceAndNotItsPunctuation() {
        assertThat(Words.count("This job is no longer available.")).isEqualTo(6);
        assertThat(Words.count("Pay £300 now -- 100% refundable!!! 🙂")).isEqualTo(5);
    }

    @Test
    void aTextOfSpacesAndSymbolsHasNoWords() {
        assertThat(Words.count("")).isZero();
        assertThat(Words.count(" \n\t- * ... 🙂 ")).isZero();
    }

    @Test
    void aPhoneNumberCountsByItsGroups() {
        assertThat(Words.count("+971 50 123 4567")).isEqualTo(4);
    }

    @Test
    void chineseWrittenWithoutSpacesCountsEachIdeograph() {
        // "recruiting factory workers, board and lodging included": ten ideographs, as many words as an English reader sees
        assertThat(Words.count("招聘工厂工人，包吃包住")).isEqualTo(10);
    }
}
