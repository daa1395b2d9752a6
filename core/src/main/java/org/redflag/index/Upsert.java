package org.redflag.index;

/** What storing an ad did. */
public enum Upsert {
    /** The ad was not in the index. */
    NEW,
    /** The ad was there with other content: it waits for analysis again. */
    CHANGED,
    /** The ad was there with the same content: nothing changed. */
    UNCHANGED
}
