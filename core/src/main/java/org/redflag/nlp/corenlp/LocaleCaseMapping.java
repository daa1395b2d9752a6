package org.redflag.nlp.corenlp;

import java.util.Locale;

/**
 * Whether a locale changes the case of the letters A to Z as the root locale does. CoreNLP lowercases words with the
 * JVM's default locale (its tagger's word features, its lemmatiser), and under a Turkish or Azerbaijani default locale
 * "I" lowercases to a dotless "ı": "HIRING" is then tagged and lemmatised as "hırıng", and the indicators and risk of
 * ads written in capitals differ from those Redflag was tuned and measured on.
 */
final class LocaleCaseMapping {

    private LocaleCaseMapping() {
    }

    /**
     * @param locale a locale
     * @return whether it lowercases and uppercases every letter A to Z as {@link Locale#ROOT} does
     */
    static boolean agreesWithRoot(Locale locale) {
        for (char c = 'A'; c <= 'Z'; c++) {
            String upper = String.valueOf(c);
            String lower = upper.toLowerCase(Locale.ROOT);
            if (!upper.toLowerCase(locale).equals(lower) || !lower.toUpperCase(locale).equals(upper)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param locale the JVM's default locale
     * @return the warning to give when CoreNLP runs under it and it does not agree with the root locale
     */
    static String warning(Locale locale) {
        return "the JVM's default locale " + locale.toLanguageTag() + " lowercases \"I\" as \"" + "I".toLowerCase(locale)
                + "\", and CoreNLP lowercases words with it: words in capitals are tagged and lemmatised otherwise than"
                + " Redflag was measured with. Start the JVM with -Duser.language=en, or call"
                + " Locale.setDefault(Locale.ROOT) before building Redflag";
    }
}
