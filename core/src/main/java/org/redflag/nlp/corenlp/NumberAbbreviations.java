package org.redflag.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redflag.nlp.Token;

/**
 * Mends the sentences CoreNLP's tokenizer ends at a number abbreviation. The tokenizer reads
 * "No." as an abbreviation only before a digit: in "licence No. ABC-12" or "Reg. No. DMW-409" it
 * ends a sentence after "No" and the licence code falls into the next sentence, out of reach of
 * the rules that look for it. Where a sentence ends with such an abbreviation and its period
 * (written together) and the next sentence, on the same line, starts with a code (a word with a
 * digit, a word in capitals, another number abbreviation, or a capitalised part of a code split at
 * a slash or hyphen: "MoLS/OEA/0458", "E/0412/2024"), the two sentences are one again and the
 * abbreviation is one token, as CoreNLP makes it before a digit.
 */
final class NumberAbbreviations {

    /** Abbreviations that stand before a number or code: "No.", "Nr.", "Reg.", "Ref.", "Lic.". */
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nr", "reg", "ref", "lic");

    /** What joins the parts of a licence code: "MoLS/OEA/0458", "RU-2026". */
    private static final Set<String> CODE_SEPARATORS = Set.of("/", "-");

    private NumberAbbreviations() {
    }

    /**
     * @param text the text the tokens point into
     * @param sentences the tokens of each sentence, as CoreNLP split them
     * @return the sentences with those ended at a number abbreviation joined to the code after it
     */
    static List<List<Token>> mend(String text, List<List<Token>> sentences) {
        List<List<Token>> mended = new ArrayList<>(sentences.size());
        for (List<Token> sentence : sentences) {
            if (!mended.isEmpty() && !sentence.isEmpty()) {
                List<Token> previous = mended.get(mended.size() - 1);
                if (endsWithAbbreviation(previous) && startsWithCode(sentence)
                        && sameLine(text, previous.get(previous.size() - 1), sentence.get(0))) {
                    mended.set(mended.size() - 1, joined(previous, sentence));
                    continue;
                }
            }
            mended.add(sentence);
        }
        return mended;
    }

    private static boolean endsWithAbbreviation(List<Token> sentence) {
        int n = sentence.size();
        if (n < 2) {
            return false;
        }
        Token word = sentence.get(n - 2);
        Token period = sentence.get(n - 1);
        return period.word().equals(".") && word.end() == period.begin() && isAbbreviation(word.word());
    }

    private static boolean isAbbreviation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    private static boolean startsWithCode(List<Token> sentence) {
        String first = sentence.get(0).word();
        if (first.chars().anyMatch(Character::isDigit) || isAbbreviation(first)) {
            return true;
        }
        if (first.length() >= 2 && first.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        return sentence.size() > 1 && CODE_SEPARATORS.contains(sentence.get(1).word())
                && sentence.get(0).end() == sentence.get(1).begin() && Character.isUpperCase(first.charAt(0))
                && first.chars().allMatch(Character::isLetterOrDigit);
    }

    private static boolean sameLine(String text, Token last, Token next) {
        return text.substring(last.end(), next.begin()).indexOf('\n') < 0;
    }

    /** The previous sentence with its abbreviation and period made one token, then the next sentence. */
    private static List<Token> joined(List<Token> previous, List<Token> next) {
        int n = previous.size();
        Token word = previous.get(n - 2);
        Token period = previous.get(n - 1);
        String abbreviation = word.word() + period.word();
        List<Token> joined = new ArrayList<>(previous.subList(0, n - 2));
        joined.add(new Token(abbreviation, abbreviation, "NNP", word.ner(), word.begin(), period.end()));
        joined.addAll(next);
        return joined;
    }
}
