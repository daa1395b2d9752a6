package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.redflag.RedflagException;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.demo.DemoBoard;
import org.redflag.corpus.demo.DemoBoardServer;
import org.redflag.corpus.demo.DemoSites;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.JsoupAdExtractor;
import org.redflag.scrape.jsoup.JsoupFetcher;
import org.redflag.scrape.jsoup.SiteCrawler;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag scrape}: crawls one site and prints the ads it finds, without assessing them. */
@Command(name = "scrape", mixinStandardHelpOptions = true,
        description = {"Crawls one site as its profile says and prints the ads it finds.",
                "Exit code: 0 when every site yielded an ad or had no failure; 1 when a site yielded no ad and had "
                        + "failures (its start URLs refused, a selector that does not parse ...), or its profile cannot be "
                        + "read; 2 on bad usage."},
        footer = {"", "Examples:", "  redflag scrape --site sites/example-board.json --max-pages 2 --json",
                "  redflag scrape --demo"})
final class ScrapeCommand implements java.util.concurrent.Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Source source;

    /** Where to scrape: one site's profile, or the demo board. */
    static final class Source {
        @Option(names = "--site", required = true, paramLabel = "FILE", description = "the site's profile (JSON)")
        Path site;

        @Option(names = "--demo", required = true,
                description = "serve the demo job board on a loopback port and scrape both its layouts")
        boolean demo;
    }

    @Option(names = "--demo-ads", paramLabel = "N", defaultValue = "120", converter = Ranges.AtLeastOne.class, description = "with --demo: ads on the board "
            + "(default: ${DEFAULT-VALUE})")
    int demoAds;

    @Option(names = "--max-pages", paramLabel = "N", converter = Ranges.AtLeastOne.class, description = "read at most N listing pages")
    Integer maxPages;

    @Option(names = "--json", description = "print each ad as a JSON line")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OptionCombinations.onlyWith(spec, source.demo, "--demo", "it sets how many ads the demo board serves", "--demo-ads");
        if (source.site != null) {
            return scrape(List.of(profile(source.site)));
        }
        try (DemoBoardServer board = DemoBoardServer.start(DemoBoard.of(CorpusReaders.readBundled(), demoAds))) {
            return scrape(DemoSites.profiles(board));
        }
    }

    /**
     * @return the site profile in the file
     * @throws RedflagException when there is no such file, or it is a folder, said so instead of the bare name that
     *     the file system's exception gives
     */
    private static SiteProfile profile(Path file) {
        if (Files.isDirectory(file)) {
            throw new RedflagException("cannot read site profile " + file + ": it is a folder, give the profile's .json file");
        }
        if (!Files.exists(file)) {
            throw new RedflagException("cannot read site profile " + file + ": no such file");
        }
        return SiteProfile.read(file);
    }

    private int scrape(List<SiteProfile> sites) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteCrawler crawler = new SiteCrawler(new JsoupFetcher(), new JsoupAdExtractor());
        boolean someSiteFailed = false;
        for (SiteProfile site : sites) {
            SiteProfile p = maxPages == null ? site : site.withLimits(maxPages, site.maxAds());
            SiteCrawler.CrawlReport r = crawler.crawl(p, ad -> {
                out.println(json ? Output.JSON.writeValueAsString(ad) : ad.id() + "  " + ad.title() + "  " + ad.url());
                out.flush();
            });
            r.failures().forEach(f -> err.println("redflag scrape: " + f));
            err.printf("%s: %d listing pages, %d ad pages, %d ads, %d pages without an ad, %d failures%n", r.site(),
                    r.listingPages(), r.adPages(), r.ads(), r.noAd(), r.failures().size());
            err.flush();
            someSiteFailed |= failed(r);
        }
        return someSiteFailed ? 1 : 0;
    }

    /**
     * @return whether the crawl read nothing and something went wrong: a script must not take "0 ads" for an
     *     empty board when every page was refused. A crawl with some ads and some failed pages succeeded.
     */
    private static boolean failed(SiteCrawler.CrawlReport r) {
        return r.ads() + r.unchanged() == 0 && !r.failures().isEmpty();
    }
}
