package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the token patterns that every match of a TokensRegex sequence pattern must use: the node
 * states of the pattern's automaton that lie on every path from its start to its match state. A
 * sentence in which no token satisfies one of them cannot match the pattern, so the pattern need
 * not be tried there.
 *
 * <p>TokensRegex keeps its automaton private. When it cannot be read (another CoreNLP version), the
 * linear start of the pattern that {@link SequencePattern#findNodePatterns} walks is used instead,
 * and when even that finds nothing the pattern has no required nodes: it is tried on every sentence.
 * Either way the answer only ever errs towards trying a pattern, never towards skipping one that
 * could match.
 */
final class RequiredNodes {

    private static final Automaton AUTOMATON = Automaton.open();

    private RequiredNodes() {
    }

    /**
     * @param pattern a compiled sequence pattern
     * @return node patterns of which each must match some token for the pattern to match; empty when none is known
     */
    static List<NodePattern<CoreMap>> of(SequencePattern<CoreMap> pattern) {
        if (AUTOMATON != null) {
            try {
                return AUTOMATON.requiredNodes(pattern);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall through to the public, weaker walk
            }
        }
        Collection<NodePattern<CoreMap>> chain = pattern.findNodePatterns(n -> n, false, false);
        return new ArrayList<>(chain);
    }

    /** Read access to TokensRegex's automaton: the start state, each state's successors, each node state's pattern. */
    private record Automaton(Field root, Field next, Field nodePattern, Class<?> nodeState, Object matchState) {

        static Automaton open() {
            try {
                Class<?> state = Class.forName("edu.stanford.nlp.ling.tokensregex.SequencePattern$State");
                Class<?> nodeState = Class.forName("edu.stanford.nlp.ling.tokensregex.SequencePattern$NodePatternState");
                Field root = SequencePattern.class.getDeclaredField("root");
                Field next = state.getDeclaredField("next");
                Field pattern = nodeState.getDeclaredField("pattern");
                Field match = SequencePattern.class.getDeclaredField("MATCH_STATE");
                for (Field f : List.of(root, next, pattern, match)) {
                    f.setAccessible(true);
                }
                return new Automaton(root, next, pattern, nodeState, match.get(null));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** A node state is required when the match state cannot be reached from the start without it. */
        @SuppressWarnings("unchecked")
        List<NodePattern<CoreMap>> requiredNodes(SequencePattern<CoreMap> pattern) throws ReflectiveOperationException {
            Object start = root.get(pattern);
            Map<Object, List<Object>> successors = new IdentityHashMap<>();
            List<Object> states = reachable(start, successors, null);
            if (!containsMatch(states)) {
                return List.of();
            }
            List<NodePattern<CoreMap>> required = new ArrayList<>();
            for (Object s : states) {
                if (nodeState.isInstance(s) && !containsMatch(reachable(start, successors, s))) {
                    required.add((NodePattern<CoreMap>) nodePattern.get(s));
                }
            }
            return required;
        }

        private boolean containsMatch(List<Object> states) {
            for (Object s : states) {
                if (s == matchState) {
                    return true;
                }
            }
            return false;
        }

        /** @return the states reachable from {@code start} without passing {@code removed}, identity-compared */
        private List<Object> reachable(Object start, Map<Object, List<Object>> successors, Object removed)
                throws ReflectiveOperationException {
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Object> order = new ArrayList<>();
            Deque<Object> todo = new ArrayDeque<>();
            if (start != removed) {
                todo.add(start);
                seen.add(start);
            }
            while (!todo.isEmpty()) {
                Object s = todo.poll();
                order.add(s);
                for (Object n : successors(s, successors)) {
                    if (n != removed && seen.add(n)) {
                        todo.add(n);
                    }
                }
            }
            return order;
        }

        private List<Object> successors(Object state, Map<Object, List<Object>> cache) throws ReflectiveOperationException {
            List<Object> known = cache.get(state);
            if (known == null) {
                Collection<?> n = (Collection<?>) next.get(state);
                known = n == null ? List.of() : new ArrayList<>(n);
                cache.put(state, known);
            }
            return known;
        }
    }
}
