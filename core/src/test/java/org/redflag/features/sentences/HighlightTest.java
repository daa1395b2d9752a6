package org.redflag.features.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.nlp.Span;

class HighlightTest {

    private static final int AT = 40;

    /** The passage as a span starting at {@link #AT}, its words shared as {@code shares} says and -0.1 otherwise. */
    private static Span highlight(String text, Map<String, Double> shares) {
        List<NgramVectorizer.WordShare> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("[^\\p{L}]", "").toLowerCase();
            words.add(new NgramVectorizer.WordShare(m.start(), m.end(), shares.getOrDefault(word, -0.1)));
        }
        return Highlight.of(new Span(JobAd.Field.DESCRIPTION, AT, AT + text.length(), text), words);
    }

    @Test
    void theRunOfWordsWhoseSharesAddUpHighestIsHighlightedWithoutTheStopAtItsEnd() {
        String text = "Welcome aboard, and your passport is kept by the boss, as usual for every new worker.";
        Span span = highlight(text, Map.of("passport", 2.0, "kept", 2.0, "boss", 1.0, "is", 0.0, "by", 0.0, "the", 0.0));
        assertThat(span.text()).isEqualTo("passport is kept by the boss");
        assertThat(span.start()).isEqualTo(AT + text.indexOf("passport"));
        assertThat(span.end()).isEqualTo(span.start() + span.text().length());
        assertThat(span.field()).isEqualTo(JobAd.Field.DESCRIPTION);
    }

    @Test
    void aShortPassageIsKeptWholeButForItsBulletAndStop() {
        assertThat(highlight("✅ Passport kept.", Map.of()).text()).isEqualTo("Passport kept");
    }

    @Test
    void oneStrongWordIsHighlightedWithTheFewestWordsAroundIt() {
        assertThat(highlight("We hold on to the documents of all staff.", Map.of("documents", 3.0, "the", 0.0, "of", 0.0)).text())
                .as("three words at least: the word and the two around it that cost least").hasToString("the documents of");
    }

    @Test
    void aLongRunOfIndicatorWordsIsCutAtTheMostWords() {
        String text = "a b c d e f g h i j k l m n o p";
        Map<String, Double> all = new java.util.HashMap<>();
        for (String w : text.split(" ")) {
            all.put(w, 1.0);
        }
        assertThat(highlight(text, all).text().split(" ")).hasSize(Highlight.MOST);
    }
}
