package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.scrape.CrawlMemory;
import org.redflag.scrape.Validators;

class FileCrawlMemoryTest {

    private static final URI AD = URI.create("https://board.example/ad/7");
    private static final String SITE = "board";

    @Test
    void whatOneScanSawTheNextScanRemembers(@TempDir Path dir) {
        FileCrawlMemory first = new FileCrawlMemory(dir.resolve("crawl-memory.json"));
        first.put(SITE, AD, new CrawlMemory.Seen(new Validators("\"v1\"", "Tue, 03 Nov 2026 10:00:00 GMT"), "abc123"));
        first.save();
        FileCrawlMemory next = new FileCrawlMemory(dir.resolve("crawl-memory.json"));
        assertThat(next.get(SITE, AD)).contains(new CrawlMemory.Seen(
                new Validators("\"v1\"", "Tue, 03 Nov 2026 10:00:00 GMT"), "abc123"));
        next.forget(SITE, AD);
        next.save();
        assertThat(new FileCrawlMemory(dir.resolve("crawl-memory.json")).get(SITE, AD)).isEmpty();
    }

    @Test
    void pagesRememberedBeforeTheMemoryWasKeptPerSiteAreForgottenNotKeptForever(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crawl-memory.json");
        // as a scan wrote it before pages were remembered per site: keyed by the URL alone
        Files.writeString(file, ("{'%s':{'validators':{'etag':'','lastModified':'Tue, 03 Nov 2026 10:00:00 GMT',"
                + "'empty':false},'contentHash':'abc123'}}").formatted(AD).replace('\'', '"'));
        FileCrawlMemory memory = new FileCrawlMemory(file);
        assertThat(memory.get(SITE, AD)).isEmpty();
        memory.save();
        assertThat(Files.readString(file)).doesNotContain(AD.toString());
    }

    @Test
    void aCorruptFileIsReportedInOneLineNotReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crawl-memory.json");
        Files.writeString(file, "{\"https://x\": [1,");
        assertThatThrownBy(() -> new FileCrawlMemory(file)).isInstanceOf(RedflagException.class)
                .hasMessageStartingWith("cannot read the crawl memory " + file).hasMessageNotContaining("\n");
        assertThat(Files.readString(file)).isEqualTo("{\"https://x\": [1,");
    }
}
