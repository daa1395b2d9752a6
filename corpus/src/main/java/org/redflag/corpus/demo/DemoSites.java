package org.redflag.corpus.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.redflag.scrape.SiteProfile;

/** The site profiles of the demo board's two boards, shipped beside it. */
public final class DemoSites {

    private static final List<String> PROFILES = List.of("board-a.json", "board-b.json");

    private DemoSites() {
    }

    /**
     * @param base where the demo board is served
     * @return the profiles of its boards, with start URLs on {@code base}
     */
    public static List<SiteProfile> profiles(URI base) {
        return PROFILES.stream().map(name -> SiteProfile.parse(resource(name), name).withBase(base)).toList();
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
