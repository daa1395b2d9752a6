package org.redflag.corpus.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.redflag.scrape.SiteProfile;

/** The site profiles of the demo board's two boards, shipped beside it. */
public final class DemoSites {

    private static final List<String> PROFILES = List.of("board-a.json", "board-b.json");

    private DemoSites() {
    }

    /**
     * @param server the demo board, served
     * @return the profiles of its boards, with start URLs on the server, and limits of pages and ads that
     *     let a crawl read every ad of the larger board
     */
    public static List<SiteProfile> profiles(DemoBoardServer server) {
        int ads = server.board().largestBoard();
        int pages = (ads + DemoBoard.PAGE_SIZE - 1) / DemoBoard.PAGE_SIZE;
        return PROFILES.stream().map(name -> SiteProfile.parse(resource(name), name).withBase(server.baseUri()))
                .map(p -> p.withLimits(Math.max(p.maxPages(), pages), Math.max(p.maxAds(), ads))).toList();
    }

    private static String resource(String name) {
        try (InputStream in = DemoSites.class.getResourceAsStream("/org/redflag/corpus/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo site profile " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
