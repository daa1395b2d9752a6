package org.redflag.features.sentences;

import java.util.ArrayList;
import java.util.List;
import org.redflag.ad.JobAd;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.Token;

/**
 * The passages of an analysed ad: its sentences, cut again at every line break. Ads list their terms one a line without full
 * stops ("✅ Free visa\n✅ Salary SAR 1,400"); a line is the unit a person reads, and the evidence a person would highlight.
 * The analyser ends a sentence at a line break, but an index holds analyses made when it ended them only at blank lines, and
 * re-scoring reads those as they were stored. A question stays with what follows it on its line ("No papers?
 * No problem."): the answer means nothing without it, and a model that read "No problem." alone as the evidence of
 * "No papers? No problem." would find it after "No English?" too.
 */
public final class Passages {

    private Passages() {
    }

    /**
     * @param ad an analysed ad
     * @return its passages, in text order, each within one field
     */
    public static List<Span> of(AnalyzedAd ad) {
        List<int[]> lines = new ArrayList<>();
        List<Token> tokens = ad.tokens();
        String text = ad.text();
        for (AnalyzedAd.Sentence sentence : ad.sentences()) {
            int first = sentence.firstToken();
            for (int i = first + 1; i <= sentence.endToken(); i++) {
                boolean end = i == sentence.endToken()
                        || text.substring(tokens.get(i - 1).end(), tokens.get(i).begin()).indexOf('\n') >= 0;
                if (end) {
                    lines.add(new int[] {tokens.get(first).begin(), tokens.get(i - 1).end()});
                    first = i;
                }
            }
        }
        List<Span> passages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int begin = lines.get(i)[0];
            int end = lines.get(i)[1];
            // fields are joined by blank lines, so a passage never runs on into the next field
            while (text.charAt(end - 1) == '?' && i + 1 < lines.size() && sameLine(text, end, lines.get(i + 1)[0])) {
                end = lines.get(++i)[1];
            }
            passages.add(ad.span(begin, end));
        }
        return passages;
    }

    /**
     * @param ad an analysed ad
     * @return the passages of its description, in text order: what the indicator-sentence model reads
     */
    public static List<Span> ofDescription(AnalyzedAd ad) {
        return of(ad).stream().filter(p -> p.field() == JobAd.Field.DESCRIPTION).toList();
    }

    private static boolean sameLine(String text, int from, int to) {
        return text.substring(from, to).indexOf('\n') < 0;
    }
}
