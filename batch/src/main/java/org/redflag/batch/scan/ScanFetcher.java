package org.redflag.batch.scan;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.ad.RawPage;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.Fetcher;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.Validators;

/**
 * The scan's fetcher: a page that failed (after the fetcher's own retries) is not fetched again in the same scan.
 * Two profiles may list the same pages (two sections of one board), and each site fetches them: a page that always
 * answers 500 was asked for 1 + retries times by each site. Here the second site gets the first one's failure,
 * without a request; a page that was read is still fetched by each site, as each keeps its own validators. The
 * same page is fetched by one site at a time, so that a second site waits for the first one's answer.
 * {@link #newScan} forgets the failures: the next scan tries the pages again.
 */
public final class ScanFetcher implements Fetcher {

    /**
     * A page as one site may fetch it: a profile may reach a private address another may not, on the hosts of its start
     * URLs, and a redirect may lead there from a public page.
     */
    private record Page(URI url, Set<String> privateHosts) {

        static Page of(URI url, SiteProfile profile) {
            Set<String> hosts = new TreeSet<>();
            if (profile.allowPrivateNetwork()) {
                profile.startUrls().forEach(s -> hosts.add(String.valueOf(s.getHost()).toLowerCase(Locale.ROOT)));
            }
            return new Page(url, hosts);
        }
    }

    private final Fetcher fetcher;
    private final Map<Page, Object> inTurn = new ConcurrentHashMap<>();
    private final Map<Page, String> failed = new ConcurrentHashMap<>();

    /** @param fetcher fetches the pages, with its retries */
    public ScanFetcher(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public RawPage fetch(URI url, SiteProfile profile, Validators known) {
        Page page = Page.of(url, profile);
        Object turn = inTurn.computeIfAbsent(page, p -> new Object());
        synchronized (turn) {
            String failure = failed.get(page);
            if (failure != null) {
                throw new FetchException(failure);
            }
            try {
                return fetcher.fetch(url, profile, known);
            } catch (FetchException e) {
                failed.put(page, e.getMessage());
                throw e;
            } finally {
                if (!failed.containsKey(page)) {
                    inTurn.remove(page, turn); // a page that was read needs no turn: only the failed ones are kept
                }
            }
        }
    }

    /** Forgets the pages that failed: called when a scan starts. */
    public void newScan() {
        failed.clear();
        inTurn.clear();
    }
}
