package org.redflag.features.sentences;

import java.util.ArrayList;
import java.util.List;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.Token;

/**
 * The passages of an analysed ad: its sentences, cut again at every line break. Ads list their terms one a line without full
 * stops ("✅ Free visa\n✅ Salary SAR 1,400"), and the analyser breaks sentences only at blank lines; a line is the unit a
 * person reads, and the evidence a person would highlight.
 */
public final class Passages {

    private Passages() {
    }

    /**
     * @param ad an analysed ad
     * @return its passages, in text order, each within one field
     */
    public static List<Span> of(AnalyzedAd ad) {
        List<Span> passages = new ArrayList<>();
        List<Token> tokens = ad.tokens();
        String text = ad.text();
        for (AnalyzedAd.Sentence sentence : ad.sentences()) {
            int first = sentence.firstToken();
            for (int i = first + 1; i <= sentence.endToken(); i++) {
                boolean end = i == sentence.endToken()
                        || text.substring(tokens.get(i - 1).end(), tokens.get(i).begin()).indexOf('\n') >= 0;
                if (end) {
                    passages.add(ad.span(tokens.get(first).begin(), tokens.get(i - 1).end()));
                    first = i;
                }
            }
        }
        return passages;
    }
}
