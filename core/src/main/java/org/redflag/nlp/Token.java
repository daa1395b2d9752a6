package org.redflag.nlp;

/**
 * One token of an analysed ad, with character offsets into {@link AnalyzedAd#text()}.
 *
 * @param word the token as written
 * @param lemma its lemma
 * @param tag its part-of-speech tag (Penn Treebank)
 * @param ner its named-entity tag, "O" when none
 * @param begin offset of its first character
 * @param end offset after its last character
 */
public record Token(String word, String lemma, String tag, String ner, int begin, int end) {
}
