package org.redflag.features;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.redflag.InputFile;
import org.redflag.RedflagException;
import org.redflag.features.sentences.IndicatorSentenceModel;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;

/**
 * Names what produced a {@link FeatureVector}: a SHA-256 over {@link #VERSION}, the bytes of every
 * indicator rule file, of {@code negation-cues.txt} and of {@code negation-boundaries.txt} (a rules
 * folder's own file where it has one, else the shipped one, as {@link TokensRegexIndicatorDetector#withRulesFrom} resolves them), the
 * lexicons the features read (free-mail domains, currencies, the places whose own money is written "$", place names,
 * intermediaries, legal forms) and the indicator-sentence model ({@link IndicatorSentenceModel}). Features stored under the
 * fingerprint of the current rules are what the rules would compute again, so re-scoring may hand
 * them straight to a new model.
 */
public final class FeatureFingerprint {

    /**
     * The version of the feature code (extractor, detector, contacts, pay, places, employer naming). Raise it with every
     * change to that code that can change a feature vector: features stored under another version are
     * computed again from the stored analysis.
     */
    public static final int VERSION = 13;

    private static final String[] LEXICONS = {"org/redflag/features/contacts/free-mail-domains.txt",
            "org/redflag/features/pay/currencies.txt", "org/redflag/features/pay/local-currencies.txt",
            "org/redflag/features/places/place-names.txt",
            "org/redflag/features/employer/intermediaries.txt", "org/redflag/features/employer/legal-forms.txt"};

    private FeatureFingerprint() {
    }

    /** @return the fingerprint of the shipped rules and sentence model */
    public static String ofDefaultRules() {
        return of(null, null);
    }

    /**
     * @param dir a rules folder: its {@code CODE.rules} files and its negation files replace the shipped ones
     * @return the fingerprint of the rules a detector reads from that folder, beside the shipped sentence model
     * @throws RedflagException when the folder does not exist or a file cannot be read
     */
    public static String ofRules(Path dir) {
        return of(dir, null);
    }

    /**
     * @param dir a rules folder as for {@link #ofRules(Path)}, or null for the shipped rules
     * @param sentenceModel an indicator-sentence model file, or null for the shipped one
     * @return the fingerprint of those rules and that model
     * @throws RedflagException when the folder does not exist or a file cannot be read
     */
    public static String of(Path dir, Path sentenceModel) {
        if (dir != null) {
            InputFile.checkFolder(dir, "rules folder");
        }
        MessageDigest sha = sha256();
        add(sha, "version", ("" + VERSION).getBytes(StandardCharsets.UTF_8));
        for (Indicator i : Indicator.values()) {
            add(sha, i.name(), rules(dir, i.name() + ".rules"));
        }
        add(sha, "negation-cues", rules(dir, TokensRegexIndicatorDetector.NEGATION_CUES));
        add(sha, "negation-boundaries", rules(dir, TokensRegexIndicatorDetector.NEGATION_BOUNDARIES));
        for (String lexicon : LEXICONS) {
            add(sha, lexicon, resource(lexicon));
        }
        add(sha, "sentence-model", sentenceModel == null ? resource(IndicatorSentenceModel.SHIPPED) : file(sentenceModel));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A named part: its name, its length and its bytes, so that no two different inputs hash alike. */
    private static void add(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (bytes == null) {
            sha.update((byte) 0);
            return;
        }
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    private static byte[] rules(Path dir, String file) {
        if (dir != null && Files.exists(dir.resolve(file))) {
            return TokensRegexIndicatorDetector.readFile(dir.resolve(file)).getBytes(StandardCharsets.UTF_8);
        }
        byte[] shipped = resource(TokensRegexIndicatorDetector.RULES_ON_CLASSPATH + file);
        return shipped == null ? null : String.join("\n", new String(shipped, StandardCharsets.UTF_8).lines().toList())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] file(Path file) {
        InputFile.checkRegular(file, "indicator-sentence model");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RedflagException("cannot read indicator-sentence model " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FeatureFingerprint.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new RedflagException("cannot read " + name + " from the class path: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
