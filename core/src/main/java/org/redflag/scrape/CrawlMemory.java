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
 *
 * <p>A page is remembered per site: two site profiles that list the same ad page each find an ad of their own
 * (an ad's id names its site), so that one site has seen the page says nothing of the other's ad.
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
     * @param site the name of the site whose crawl reads the page
     * @param url an ad page
     * @return how that site last saw it, empty when it did not
     */
    Optional<Seen> get(String site, URI url);

    /**
     * @param site the name of the site whose crawl read the page
     * @param url an ad page
     * @param seen how it was seen now
     */
    void put(String site, URI url, Seen seen);

    /**
     * @param site the name of the site whose crawl read the page
     * @param url a page that no longer holds an ad
     */
    void forget(String site, URI url);

    /** @return a memory that lasts as long as the object */
    static CrawlMemory inMemory() {
        return over(new ConcurrentHashMap<>());
    }

    /**
     * @param seen the pages seen, by {@link #key}; the memory reads and writes it, so it must be thread-safe
     * @return a memory backed by that map
     */
    static CrawlMemory over(Map<String, Seen> seen) {
        return new CrawlMemory() {
            @Override
            public Optional<Seen> get(String site, URI url) {
                return Optional.ofNullable(seen.get(key(site, url)));
            }

            @Override
            public void put(String site, URI url, Seen s) {
                seen.put(key(site, url), s);
            }

            @Override
            public void forget(String site, URI url) {
                seen.remove(key(site, url));
            }
        };
    }

    /**
     * @param site a site's name
     * @param url one of its ad pages
     * @return the key of the page in a map {@linkplain #over under} a memory: the site's name, a space and the URL
     *     (which holds no space)
     */
    static String key(String site, URI url) {
        return site + " " + url;
    }
}
