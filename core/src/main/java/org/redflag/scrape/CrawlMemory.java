package org.redflag.scrape;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a crawler remembers of each ad page from one crawl to the next, so that an unchanged ad is
 * not downloaded again where the server allows it (conditional GET), and never handed on for
 * analysis again (same content hash). Implementations are thread-safe; keep one that persists to
 * remember across runs.
 */
public interface CrawlMemory {

    /**
     * An ad page as last seen.
     *
     * @param validators what its server sent for a conditional GET next time
     * @param contentHash {@link org.redflag.ad.ContentHash#of} of the ad found on it
     */
    record Seen(Validators validators, String contentHash) {

        public Seen {
            validators = validators == null ? Validators.NONE : validators;
            contentHash = contentHash == null ? "" : contentHash;
        }
    }

    /**
     * @param url an ad page
     * @return how it was last seen, empty when it was not
     */
    Optional<Seen> get(URI url);

    /**
     * @param url an ad page
     * @param seen how it was seen now
     */
    void put(URI url, Seen seen);

    /** @param url a page that no longer holds an ad */
    void forget(URI url);

    /** @return a memory that lasts as long as the object */
    static CrawlMemory inMemory() {
        return over(new ConcurrentHashMap<>());
    }

    /**
     * @param seen the pages seen, by URL; the memory reads and writes it, so it must be thread-safe
     * @return a memory backed by that map
     */
    static CrawlMemory over(Map<String, Seen> seen) {
        return new CrawlMemory() {
            @Override
            public Optional<Seen> get(URI url) {
                return Optional.ofNullable(seen.get(url.toString()));
            }

            @Override
            public void put(URI url, Seen s) {
                seen.put(url.toString(), s);
            }

            @Override
            public void forget(URI url) {
                seen.remove(url.toString());
            }
        };
    }
}
