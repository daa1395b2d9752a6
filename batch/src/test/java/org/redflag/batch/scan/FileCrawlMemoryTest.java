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

    @Test
    void whatOneScanSawTheNextScanRemembers(@TempDir Path dir) {
        FileCrawlMemory first = new FileCrawlMemory(dir.resolve("crawl-memory.json"));
        first.put(AD, new CrawlMemory.Seen(new Validators("\"v1\"", "Tue, 03 Nov 2026 10:00:00 GMT"), "abc123"));
        first.save();
        FileCrawlMemory next = new FileCrawlMemory(dir.resolve("crawl-memory.json"));
        assertThat(next.get(AD)).contains(new CrawlMemory.Seen(new Validators("\"v1\"", "Tue, 03 Nov 2026 10:00:00 GMT"),
                "abc123"));
        next.forget(AD);
        next.save();
        assertThat(new FileCrawlMemory(dir.resolve("crawl-memory.json")).get(AD)).isEmpty();
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
