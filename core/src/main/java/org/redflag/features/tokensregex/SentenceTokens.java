package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens as the rules see them, together with what its tokens satisfy of the rules'
 * trigger patterns, so that a rule handed the tokens ({@link StartAnchoredRule}) finds where it can
 * begin.
 */
final class SentenceTokens extends ArrayList<CoreLabel> {

    private final transient SentenceTriggers triggers;

    /**
     * @param tokens the sentence's tokens, in order
     * @param triggers the detector's trigger patterns
     */
    SentenceTokens(List<CoreLabel> tokens, TokenTriggers triggers) {
        super(tokens);
        this.triggers = triggers.sentence(this);
    }

    /** @return which trigger patterns the tokens satisfy, asked as the rules need them */
    SentenceTriggers triggers() {
        return triggers;
    }
}
