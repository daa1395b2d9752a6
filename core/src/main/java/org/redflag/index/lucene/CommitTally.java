package org.redflag.index.lucene;

import java.util.HashMap;
import java.util.Map;

/**
 * A count kept in the index's commit user data, so that it is durable with the writes it counts: a process
 * killed during the commit that counts them leaves both the writes and their count, or neither. The index keeps one
 * tally, the last one counted ({@link LuceneAdIndex#commit(String, long)}).
 *
 * @param name what is counted; empty when nothing was
 * @param count how many
 */
record CommitTally(String name, long count) {

    /** The commit user data's key of the tally's name. */
    static final String NAME_KEY = "redflag.tally.name";
    /** The commit user data's key of the tally's count. */
    static final String COUNT_KEY = "redflag.tally.count";
    /** No tally. */
    static final CommitTally NONE = new CommitTally("", 0);

    /**
     * @param userData a commit's user data
     * @return the tally it holds; {@link #NONE} when it holds none or one that does not parse
     */
    static CommitTally of(Map<String, String> userData) {
        String name = userData.get(NAME_KEY);
        String count = userData.get(COUNT_KEY);
        if (name == null || count == null || !count.matches("\\d{1,18}")) {
            return NONE;
        }
        return new CommitTally(name, Long.parseLong(count));
    }

    /**
     * @param tally what to count
     * @param more how many more
     * @return this tally advanced by {@code more} when it is {@code tally}; else {@code tally} from zero
     */
    CommitTally plus(String tally, long more) {
        if (tally.isEmpty() || more < 0) {
            throw new IllegalArgumentException("a tally needs a name and counts zero or more, not \"" + tally + "\" " + more);
        }
        return new CommitTally(tally, (tally.equals(name) ? count : 0) + more);
    }

    /**
     * @param tally what is counted
     * @return the count of {@code tally}; 0 when this is another tally
     */
    long countOf(String tally) {
        return tally.equals(name) ? count : 0;
    }

    /**
     * @param base the user data every commit carries
     * @return {@code base} with this tally
     */
    Map<String, String> withCommitData(Map<String, String> base) {
        Map<String, String> data = new HashMap<>(base);
        if (!name.isEmpty()) {
            data.put(NAME_KEY, name);
            data.put(COUNT_KEY, String.valueOf(count));
        }
        return data;
    }
}
