package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;

/**
 * The token patterns that rules require ({@link RequiredNodes}), numbered, and what each distinct
 * token satisfies. What a token satisfies depends only on its word, lemma, tag and entity type, so
 * it is remembered per distinct token. It is also worked out only when asked: a sentence
 * ({@link SentenceTriggers}) asks about a pattern only while a rule still needs it, and most rules
 * fall at their first required pattern, so a token never seen before is tried on a fraction of the
 * patterns instead of on every one (trying every pattern on each new token cost more than the rules
 * themselves on a first scan).
 *
 * <p>Triggers are registered while the rules are compiled, on one thread; after that an instance is
 * shared by every thread: the per-token memory only ever gains answers, each written before it is
 * marked known.
 */
final class TokenTriggers {

    /** Distinct tokens remembered before the memory is cleared, so that a long scan's memory stays flat. */
    static final int MAX_REMEMBERED_TOKENS = 50_000;

    /** The annotations a token's memory is keyed by: what a word list on one of them answers depends on the key alone. */
    private static final Set<Class<?>> MEMORY_KEYS = Set.of(CoreAnnotations.TextAnnotation.class,
            CoreAnnotations.LemmaAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
            CoreAnnotations.NamedEntityTagAnnotation.class);

    /** Per pattern, its test: the pattern's own match, with word lists looked up ({@link WordListCondition}). */
    private final List<Predicate<CoreMap>> tests = new ArrayList<>();
    private final Map<NodePattern<CoreMap>, Integer> ids = new IdentityHashMap<>();
    private final Map<String, TokenMemory> byToken = new ConcurrentHashMap<>();
    /** The patterns that are one word list on an annotation the memory is keyed by: answered when a token is first seen. */
    private final BitSet wordLists = new BitSet();
    /** Per annotation and fold, per folded word, the word-list patterns that list it. */
    private final Map<Listing, Map<String, BitSet>> listing = new HashMap<>();

    /**
     * @param node a token pattern that a rule requires
     * @return its number, the same for the same pattern object
     */
    int idOf(NodePattern<CoreMap> node) {
        return ids.computeIfAbsent(node, n -> {
            int id = tests.size();
            tests.add(WordListCondition.tester(n));
            WordListCondition.WordList list = WordListCondition.wordListOf(n);
            if (list != null && MEMORY_KEYS.contains(list.key())) {
                wordLists.set(id);
                Listing where = new Listing(list.key(), list.words().fold());
                Map<String, BitSet> byWord = listing.computeIfAbsent(where, k -> new HashMap<>());
                list.words().folded().forEach(w -> byWord.computeIfAbsent(w, k -> new BitSet()).set(id));
            }
            return id;
        });
    }

    /**
     * @param tokens a sentence's tokens
     * @return the sentence's view of the patterns, answered as rules ask
     */
    SentenceTriggers sentence(List<CoreLabel> tokens) {
        TokenMemory[] memories = new TokenMemory[tokens.size()];
        for (int i = 0; i < memories.length; i++) {
            memories[i] = memoryOf(tokens.get(i));
        }
        return new SentenceTriggers(this, tokens, memories);
    }

    private TokenMemory memoryOf(CoreLabel token) {
        String key = token.word() + '\u0001' + token.lemma() + '\u0001' + token.tag() + '\u0001' + token.ner();
        TokenMemory known = byToken.get(key);
        if (known != null) {
            return known;
        }
        if (byToken.size() >= MAX_REMEMBERED_TOKENS) {
            byToken.clear();
        }
        return byToken.computeIfAbsent(key, k -> firstSight(token));
    }

    /**
     * A new token's memory, with every word-list pattern answered at once: a lookup of the token's
     * word and lemma instead of hundreds of regular expressions, each tried as a rule asked.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private TokenMemory firstSight(CoreLabel token) {
        TokenMemory memory = new TokenMemory(words());
        long[] known = wordLists.toLongArray();
        for (int w = 0; w < known.length; w++) {
            memory.known.set(w, known[w]);
        }
        for (var byWord : listing.entrySet()) {
            Listing where = byWord.getKey();
            Object value = token.get((Class) where.key());
            BitSet listed = value == null ? null : byWord.getValue().get(where.fold().apply((String) value));
            if (listed != null) {
                long[] found = listed.toLongArray();
                for (int w = 0; w < found.length; w++) {
                    memory.satisfied.set(w, memory.satisfied.get(w) | found[w]);
                }
            }
        }
        return memory;
    }

    /** @return how many token patterns are registered */
    int patterns() {
        return tests.size();
    }

    /** @return how many of them are one word list, answered by a lookup when a token is first seen */
    int wordListPatterns() {
        return wordLists.cardinality();
    }

    /** @return how many 64-bit words a set of all patterns takes */
    int words() {
        return (tests.size() + 63) >> 6;
    }

    /**
     * @param id a pattern's number
     * @param token a token
     * @param memory the token's memory
     * @return whether the token satisfies the pattern, worked out once per distinct token
     */
    boolean satisfies(int id, CoreLabel token, TokenMemory memory) {
        int word = id >> 6;
        long bit = 1L << (id & 63);
        if ((memory.known.get(word) & bit) != 0) {
            return (memory.satisfied.get(word) & bit) != 0;
        }
        boolean match = tests.get(id).test(token);
        if (match) {
            memory.satisfied.getAndAccumulate(word, bit, (a, b) -> a | b);
        }
        memory.known.getAndAccumulate(word, bit, (a, b) -> a | b);
        return match;
    }

    /** Word lists on one annotation that fold case alike: one lookup answers them all. */
    private record Listing(Class<?> key, WordListCondition.Fold fold) {
    }

    /** What one distinct token is known to satisfy: a pattern's answer is valid once its bit in {@code known} is set. */
    static final class TokenMemory {
        final AtomicLongArray known;
        final AtomicLongArray satisfied;

        private TokenMemory(int words) {
            this.known = new AtomicLongArray(words);
            this.satisfied = new AtomicLongArray(words);
        }
    }
}
