package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;

/**
 * Which trigger patterns ({@link TokenTriggers}) at least one token of a sentence satisfies, worked
 * out pattern by pattern as the rules ask: what the tokens' memories already know answers at once,
 * and a pattern is tried on a token only when no token's memory settles the question. One instance
 * serves one sentence on one thread.
 */
final class SentenceTriggers {

    private final TokenTriggers triggers;
    private final List<CoreLabel> tokens;
    private final TokenTriggers.TokenMemory[] memories;
    /** Patterns that some token is known to satisfy. */
    private final long[] present;
    /** Patterns whose answer is settled for this sentence, present or not. */
    private final long[] settled;

    SentenceTriggers(TokenTriggers triggers, List<CoreLabel> tokens, TokenTriggers.TokenMemory[] memories) {
        this.triggers = triggers;
        this.tokens = tokens;
        this.memories = memories;
        int words = triggers.words();
        this.present = new long[words];
        this.settled = new long[words];
        // settled where every token knows the answer (an empty sentence: everywhere), or where one knows a yes
        Arrays.fill(settled, -1L);
        for (TokenTriggers.TokenMemory m : memories) {
            for (int w = 0; w < words; w++) {
                long known = m.known.get(w);
                present[w] |= known & m.satisfied.get(w);
                settled[w] &= known;
            }
        }
        for (int w = 0; w < words; w++) {
            settled[w] |= present[w];
        }
    }

    /**
     * @param oneOf pattern numbers
     * @return whether some token of the sentence satisfies at least one of them
     */
    boolean anyPresent(int[] oneOf) {
        for (int id : oneOf) {
            if (present(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param token a token's index in the sentence
     * @param oneOf pattern numbers
     * @return whether that token satisfies at least one of them
     */
    boolean anyAt(int token, int[] oneOf) {
        for (int id : oneOf) {
            if (triggers.satisfies(id, tokens.get(token), memories[token])) {
                return true;
            }
        }
        return false;
    }

    private boolean present(int id) {
        int word = id >> 6;
        long bit = 1L << (id & 63);
        if ((settled[word] & bit) == 0) {
            for (int t = 0; t < memories.length; t++) {
                if (triggers.satisfies(id, tokens.get(t), memories[t])) {
                    present[word] |= bit;
                    break;
                }
            }
            settled[word] |= bit;
        }
        return (present[word] & bit) != 0;
    }
}
