package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.JsoupAdExtractor;
import org.redflag.scrape.jsoup.JsoupFetcher;
import org.redflag.scrape.jsoup.SiteCrawler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag scrape}: crawls one site and prints the ads it finds, without assessing them. */
@Command(name = "scrape", mixinStandardHelpOptions = true,
        description = "Crawls one site as its profile says and prints the ads it finds.",
        footer = {"", "Example:", "  redflag scrape --site sites/example-board.json --max-pages 2 --json"})
final class ScrapeCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--site", required = true, paramLabel = "FILE", description = "the site's profile (JSON)")
    Path site;

    @Option(names = "--max-pages", paramLabel = "N", description = "read at most N listing pages")
    Integer maxPages;

    @Option(names = "--json", description = "print each ad as a JSON line")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteProfile p = SiteProfile.read(site);
        if (maxPages != null) {
            p = new SiteProfile(p.name(), p.startUrls(), p.adLinks(), p.nextPage(), p.fields(), maxPages, p.maxAds(),
                    p.delayMillis(), p.allowPrivateNetwork());
        }
        PrintWriter out = spec.commandLine().getOut();
        SiteCrawler.CrawlReport r = new SiteCrawler(new JsoupFetcher(), new JsoupAdExtractor()).crawl(p, ad -> {
            out.println(json ? Output.JSON.writeValueAsString(ad) : ad.id() + "  " + ad.title() + "  " + ad.url());
            out.flush();
        });
        PrintWriter err = spec.commandLine().getErr();
        r.failures().forEach(f -> err.println("redflag scrape: " + f));
        err.printf("%s: %d listing pages, %d ad pages, %d ads, %d pages without an ad, %d failures%n", r.site(),
                r.listingPages(), r.adPages(), r.ads(), r.noAd(), r.failures().size());
        return 0;
    }
}
