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

    /**
     * Sets of token patterns of which at least one must match some token: the first token patterns
     * met on the ways from the pattern's start, and the last ones met on the ways into its match
     * state. They catch what required nodes miss when a rule starts or ends with alternatives
     * ("( employer | company | we ) ... ( flight | visa | costs )").
     *
     * @param pattern a compiled sequence pattern
     * @return the sets; empty when none is known
     */
    static List<List<NodePattern<CoreMap>>> alternatives(SequencePattern<CoreMap> pattern) {
        if (AUTOMATON == null) {
            return List.of();
        }
        try {
            return AUTOMATON.frontiers(pattern);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The token patterns a match can begin with: every match's first token satisfies one of them. Known
     * only for patterns made of single-token patterns, groups and repetitions; any other part (a
     * multi-token pattern, a conjunction, an anchor, a back-reference) gives none.
     *
     * @param pattern a compiled sequence pattern
     * @return the patterns; empty when they are not known, and then a match may begin anywhere
     */
    static List<NodePattern<CoreMap>> starts(SequencePattern<CoreMap> pattern) {
        if (AUTOMATON == null) {
            return List.of();
        }
        try {
            return AUTOMATON.starts(pattern);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }

    /** The automaton's states that consume no token and only lead on: what {@link #starts} walks through. */
    private static final Set<String> PASSING_STATES = Set.of("State", "GroupStartState", "GroupEndState", "RepeatState");

    /**
     * Read access to TokensRegex's automaton: the start state, each state's successors, each node state's
     * pattern, and where a repetition's body starts (a repetition state lists only its exit as successor).
     */
    private record Automaton(Field root, Field next, Field nodePattern, Class<?> nodeState, Object matchState,
                             Class<?> repeatState, Field repeatStart) {

        static Automaton open() {
            try {
                Class<?> state = Class.forName("edu.stanford.nlp.ling.tokensregex.SequencePattern$State");
                Class<?> nodeState = Class.forName("edu.stanford.nlp.ling.tokensregex.SequencePattern$NodePatternState");
                Class<?> repeatState = Class.forName("edu.stanford.nlp.ling.tokensregex.SequencePattern$RepeatState");
                Field root = SequencePattern.class.getDeclaredField("root");
                Field next = state.getDeclaredField("next");
                Field pattern = nodeState.getDeclaredField("pattern");
                Field match = SequencePattern.class.getDeclaredField("MATCH_STATE");
                Field repeatStart = repeatState.getDeclaredField("repeatStart");
                for (Field f : List.of(root, next, pattern, match, repeatStart)) {
                    f.setAccessible(true);
                }
                return new Automaton(root, next, pattern, nodeState, match.get(null), repeatState, repeatStart);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /**
         * The node states first met from the start, walking into repetitions' bodies too; none when a
         * walk meets a state that is neither a node, nor one that passes ({@link #PASSING_STATES}), nor the
         * match state (reached without a token: no node begins every match).
         */
        @SuppressWarnings("unchecked")
        List<NodePattern<CoreMap>> starts(SequencePattern<CoreMap> pattern) throws ReflectiveOperationException {
            Object start = root.get(pattern);
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<NodePattern<CoreMap>> met = new ArrayList<>();
            Deque<Object> todo = new ArrayDeque<>();
            todo.add(start);
            seen.add(start);
            while (!todo.isEmpty()) {
                Object s = todo.poll();
                if (nodeState.isInstance(s)) {
                    met.add((NodePattern<CoreMap>) nodePattern.get(s));
                    continue;
                }
                if (s == matchState || !PASSING_STATES.contains(s.getClass().getSimpleName())) {
                    return List.of();
                }
                List<Object> steps = new ArrayList<>(successors(s, new IdentityHashMap<>()));
                if (repeatState.isInstance(s)) {
                    steps.add(repeatStart.get(s));
                }
                for (Object n : steps) {
                    if (n != null && seen.add(n)) {
                        todo.add(n);
                    }
                }
            }
            return met;
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

        /** The first and the last layer of node states: every way from the start to the match state crosses each. */
        @SuppressWarnings("unchecked")
        List<List<NodePattern<CoreMap>>> frontiers(SequencePattern<CoreMap> pattern) throws ReflectiveOperationException {
            Object start = root.get(pattern);
            Map<Object, List<Object>> successors = new IdentityHashMap<>();
            List<Object> states = reachable(start, successors, null);
            if (!containsMatch(states)) {
                return List.of();
            }
            Map<Object, List<Object>> predecessors = new IdentityHashMap<>();
            for (Object s : states) {
                for (Object n : successors.getOrDefault(s, List.of())) {
                    predecessors.computeIfAbsent(n, k -> new ArrayList<>()).add(s);
                }
            }
            List<List<NodePattern<CoreMap>>> layers = new ArrayList<>();
            for (List<Object> layer : List.of(frontier(start, matchState, successors), frontier(matchState, start, predecessors))) {
                if (layer != null && !layer.isEmpty()) {
                    List<NodePattern<CoreMap>> patterns = new ArrayList<>(layer.size());
                    for (Object n : layer) {
                        patterns.add((NodePattern<CoreMap>) nodePattern.get(n));
                    }
                    layers.add(patterns);
                }
            }
            return layers;
        }

        /**
         * @return the node states first met walking from {@code from} along {@code steps}, not walking past
         *         them; null when a walk reaches {@code to} without meeting one
         */
        private List<Object> frontier(Object from, Object to, Map<Object, List<Object>> steps) {
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Object> met = new ArrayList<>();
            Deque<Object> todo = new ArrayDeque<>();
            todo.add(from);
            seen.add(from);
            while (!todo.isEmpty()) {
                Object s = todo.poll();
                if (s == to) {
                    return null;
                }
                if (s != from && nodeState.isInstance(s)) {
                    met.add(s);
                    continue;
                }
                for (Object n : steps.getOrDefault(s, List.of())) {
                    if (seen.add(n)) {
                        todo.add(n);
                    }
                }
            }
            return met;
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
