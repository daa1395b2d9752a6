package org.redflag.nlp;

import java.util.List;
import org.redflag.ad.JobAd;

/**
 * An ad with its analysis: the fields joined into one text, the tokens with lemmas and tags, and
 * the sentence bounds. It is what the index stores, so that an ad is re-scored without re-analysis.
 *
 * @param ad the ad
 * @param text the ad's fields joined in {@link JobAd.Field} order, separated by blank lines
 * @param sections where each field lies in {@code text}
 * @param tokens the tokens, in order
 * @param sentences the sentences, as token index ranges
 * @param analyzer the name and settings of the analyser that made this analysis
 */
public record AnalyzedAd(JobAd ad, String text, List<Section> sections, List<Token> tokens,
                         List<Sentence> sentences, String analyzer) {

    /** The separator between two fields in {@link #text()}: no sentence crosses it. */
    public static final String FIELD_SEPARATOR = "\n\n";

    public AnalyzedAd {
        sections = List.copyOf(sections);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    /**
     * Where one field lies in the joined text.
     *
     * @param field the field
     * @param start offset of its first character in the joined text
     * @param end offset after its last character
     */
    public record Section(JobAd.Field field, int start, int end) {
    }

    /**
     * One sentence, as the range of its tokens.
     *
     * @param firstToken index of its first token
     * @param endToken index after its last token
     */
    public record Sentence(int firstToken, int endToken) {
    }

    /**
     * Joins the ad's non-empty fields into one text and records where each lies.
     *
     * @param ad the ad
     * @return the sections; {@link #joinedText(JobAd)} gives the matching text
     */
    public static List<Section> sectionsOf(JobAd ad) {
        var sections = new java.util.ArrayList<Section>();
        int offset = 0;
        for (var e : ad.textFields().entrySet()) {
            sections.add(new Section(e.getKey(), offset, offset + e.getValue().length()));
            offset += e.getValue().length() + FIELD_SEPARATOR.length();
        }
        return sections;
    }

    /** @return the ad's non-empty fields joined by {@link #FIELD_SEPARATOR} */
    public static String joinedText(JobAd ad) {
        return String.join(FIELD_SEPARATOR, ad.textFields().values());
    }

    /**
     * Maps a stretch of the joined text back to the field it lies in.
     *
     * @param begin offset in {@link #text()}
     * @param end offset in {@link #text()}
     * @return the span within its field; a stretch that crosses fields is cut at the end of the first
     */
    public Span span(int begin, int end) {
        for (Section s : sections) {
            if (begin >= s.start() && begin < s.end()) {
                int e = Math.min(end, s.end());
                return new Span(s.field(), begin - s.start(), e - s.start(), text.substring(begin, e));
            }
        }
        throw new IllegalArgumentException("offset " + begin + " lies outside every field");
    }

    /**
     * The sentence around a span of one field: the way back from {@link #span(int, int)}.
     *
     * @param span a span of one of the ad's fields
     * @return the text of the sentence that holds the span's start, or the span's own text where no sentence does
     */
    public String sentenceAround(Span span) {
        var section = sections.stream().filter(s -> s.field() == span.field()).findFirst();
        if (section.isEmpty()) {
            return span.text();
        }
        int at = section.get().start() + span.start();
        for (Sentence sentence : sentences) {
            int begin = tokens.get(sentence.firstToken()).begin();
            int end = tokens.get(sentence.endToken() - 1).end();
            if (at >= begin && at < end) {
                return text.substring(begin, end);
            }
        }
        return span.text();
    }

    /** @return the lemmas of all tokens, lower-cased and joined by spaces: the text a classifier sees */
    public String lemmaText() {
        var sb = new StringBuilder(tokens.size() * 6);
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }
}
