package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.batch.cli.RedflagCommand;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import org.redflag.corpus.demo.DemoBoard;
import org.redflag.corpus.demo.DemoBoardServer;
import org.redflag.corpus.demo.DemoSites;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.scrape.SiteProfile;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scan of a board where one ad page holds what a board leaves where an ad was ("Filled. Position filled."):
 * too few words to judge. The scan completes, skips that ad and names it, with its site, its address and why,
 * in the console, in {@code run.json} and in the HTML report; the next scan leaves the unchanged ad alone.
 */
class ScanSkippedAdsTest {

    @TempDir
    Path tmp;

    @Test
    void anAdTooShortToJudgeIsSkippedAndTheReportSaysWhichAndWhy() throws Exception {
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Path data = tmp.resolve("data");
        List<JobAd> ads = CorpusReaders.readBundled().stream().limit(4).map(LabelledAd::ad).toList();
        JobAd filled = JobAd.builder().id("filled-1").title("Filled").description("Position filled.").build();
        DemoBoard board = new DemoBoard(ads.subList(0, 2), List.of(ads.get(2), filled, ads.get(3)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StringWriter nextOut = new StringWriter();
        int code;
        int nextCode;
        try (DemoBoardServer server = DemoBoardServer.start(board)) {
            writeProfiles(server, sites);
            code = RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    "scan", "--sites", sites.toString(), "--data", data.toString());
            nextCode = RedflagCommand.execute(new PrintWriter(nextOut, true), new PrintWriter(err, true),
                    "scan", "--sites", sites.toString(), "--data", data.toString());
        }

        assertThat(code).as("the scan completes:%n%s%n%s", out, err).isZero();
        RunSummary run = ReportFiles.readSummary(data.resolve("reports/run-1"));
        assertThat(run.analysed()).isEqualTo(4);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.skippedAds()).hasSize(1);
        SkippedAd skipped = run.skippedAds().get(0);
        assertThat(skipped.site()).isEqualTo("classifieds-corner");
        assertThat(skipped.id()).startsWith("classifieds-corner-");
        assertThat(skipped.url()).startsWith("http://").endsWith("/b/ad-filled-1.html");
        assertThat(skipped.reason()).isEqualTo("ad " + skipped.id()
                + " has 3 words of text, fewer than the 5 an ad needs to be assessed: too little to judge");
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            assertThat(index.get(skipped.id())).as("the skipped ad stays in the index").isPresent();
            assertThat(index.refusedIds()).containsExactly(skipped.id());
            assertThat(index.pendingIds()).as("it waits for no analysis: its content would be refused again").isEmpty();
        }
        assertThat(nextCode).as("the next scan:%n%s%n%s", nextOut, err).isZero();
        assertThat(ReportFiles.readSummary(data.resolve("reports/run-2")).skipped())
                .as("the next scan does not try the unchanged ad again").isZero();

        assertThat(out.toString()).contains("analysed 4 ads, skipped 1;")
                .contains("skipped " + skipped.id() + " (classifieds-corner): " + skipped.reason()
                        + System.lineSeparator())
                .doesNotContain("more: see the report");
        assertThat(Files.readString(data.resolve("reports/run-1/report.html"))).contains("<h2>Skipped ads</h2>")
                .contains("<a href=\"" + skipped.url() + "\" rel=\"noreferrer nofollow\">" + skipped.id() + "</a>")
                .contains("<td>classifieds-corner</td><td>" + skipped.reason() + "</td>");
    }

    @Test
    void anAdCoreNlpCannotAnalyseWithinTheTimeLimitIsSkippedAndTheScanGoesOn() throws Exception {
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Path data = tmp.resolve("data");
        List<JobAd> ads = CorpusReaders.readBundled().stream().limit(2).map(LabelledAd::ad).toList();
        // CoreNLP's tagger spends milliseconds on each token it has never seen: 3,000 emoji take it 15 to 20 s
        JobAd wall = JobAd.builder().id("emoji-wall").title("Cleaners for Dubai hotels")
                .description("\uD83D\uDE00 ".repeat(3000) + "Pay the processing fee of 300 USD.").build();
        DemoBoard board = new DemoBoard(ads, List.of(wall));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (DemoBoardServer server = DemoBoardServer.start(board)) {
            writeProfiles(server, sites);
            code = RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "scan", "--sites",
                    sites.toString(), "--data", data.toString(), "--redflag.analysis-time-limit=1s");
        }

        assertThat(code).as("the scan completes:%n%s%n%s", out, err).isZero();
        RunSummary run = ReportFiles.readSummary(data.resolve("reports/run-1"));
        assertThat(run.analysed()).isEqualTo(2);
        assertThat(run.skippedAds()).singleElement().satisfies(skipped -> {
            assertThat(skipped.url()).endsWith("/b/ad-emoji-wall.html");
            assertThat(skipped.reason()).startsWith("ad " + skipped.id() + " was not analysed within 1 s");
        });
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            assertThat(index.refusedIds()).as("no later scan spends the time on it again until it changes").hasSize(1);
        }
    }

    /** Writes the board's site profiles into a folder, as an operator gives them to {@code redflag scan --sites}. */
    private static void writeProfiles(DemoBoardServer server, Path sites) throws java.io.IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (SiteProfile p : DemoSites.profiles(server)) {
            Files.writeString(sites.resolve(p.name() + ".json"), json.writeValueAsString(p));
        }
    }
}
