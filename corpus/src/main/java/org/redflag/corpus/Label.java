package org.redflag.corpus;

import java.util.Locale;
import java.util.Optional;

/** The label of a corpus ad. */
public enum Label {
    /** Signs of forced labour or trafficking risk. */
    EXPLOITATIVE,
    /** A recruitment scam for money or data, without the labour-exploitation picture. */
    FRAUDULENT,
    /** An ordinary posting. */
    LEGITIMATE;

    /** @return true for every label but {@link #LEGITIMATE}: the class a risk model predicts */
    public boolean isRisky() {
        return this != LEGITIMATE;
    }

    /** @return the label as the corpus writes it, lower case */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a label as the corpus writes it
     * @return the label, or empty when unknown
     */
    public static Optional<Label> fromCode(String code) {
        for (Label l : values()) {
            if (l.code().equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
