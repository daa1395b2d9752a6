package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token patterns that rules require ({@link RequiredNodes}), numbered, and which of them a
 * sentence's tokens satisfy. What a token satisfies depends only on its word, lemma, tag and entity
 * type, so it is worked out once per distinct token and remembered; a sentence then costs one
 * look-up per token instead of one attempt per rule and token.
 *
 * <p>Triggers are registered while the rules are compiled, on one thread; after that an instance is
 * only read and is thread-safe.
 */
final class TokenTriggers {

    /** Distinct tokens remembered before the memory is cleared, so that a long scan's memory stays flat. */
    static final int MAX_REMEMBERED_TOKENS = 50_000;

    private final List<NodePattern<CoreMap>> nodes = new ArrayList<>();
    private final Map<NodePattern<CoreMap>, Integer> ids = new IdentityHashMap<>();
    private final Map<String, long[]> byToken = new ConcurrentHashMap<>();

    /**
     * @param node a token pattern that a rule requires
     * @return its number, the same for the same pattern object
     */
    int idOf(NodePattern<CoreMap> node) {
        return ids.computeIfAbsent(node, n -> {
            nodes.add(n);
            return nodes.size() - 1;
        });
    }

    /**
     * @param tokens a sentence's tokens
     * @return the numbers of the registered patterns that at least one of the tokens satisfies
     */
    BitSet present(List<CoreLabel> tokens) {
        long[] words = new long[(nodes.size() + 63) / 64];
        for (CoreLabel token : tokens) {
            long[] satisfied = satisfiedBy(token);
            for (int w = 0; w < words.length; w++) {
                words[w] |= satisfied[w];
            }
        }
        return BitSet.valueOf(words);
    }

    private long[] satisfiedBy(CoreLabel token) {
        String key = token.word() + '\u0001' + token.lemma() + '\u0001' + token.tag() + '\u0001' + token.ner();
        long[] known = byToken.get(key);
        if (known != null) {
            return known;
        }
        long[] satisfied = new long[(nodes.size() + 63) / 64];
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).match(token)) {
                satisfied[i >> 6] |= 1L << (i & 63);
            }
        }
        if (byToken.size() >= MAX_REMEMBERED_TOKENS) {
            byToken.clear();
        }
        byToken.put(key, satisfied);
        return satisfied;
    }
}
