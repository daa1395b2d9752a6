package org.redflag.batch.scan;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.RedflagException;
import org.redflag.scrape.CrawlMemory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link CrawlMemory} kept in a JSON file of the data directory, so that the next scan sends
 * conditional GETs for the ad pages this one saw. {@link #save()} writes it atomically (a killed
 * scan leaves the previous file); an unreadable file is reported, not silently replaced.
 *
 * <p>The file maps each {@linkplain CrawlMemory#key site and page} to how it was seen. A file written before
 * pages were remembered per site has keys of a URL alone: they are dropped when it is read, and each site fetches
 * those pages once more without validators (the index still knows their unchanged ads, and says so).
 */
public final class FileCrawlMemory implements CrawlMemory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final CrawlMemory memory = CrawlMemory.over(seen);

    /**
     * @param file where the memory lives; read now when it exists
     */
    public FileCrawlMemory(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                seen.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Seen>>() { }));
                seen.keySet().removeIf(key -> !key.contains(" "));
            } catch (JacksonException e) {
                throw new RedflagException("cannot read the crawl memory " + file + ": " + e.getOriginalMessage()
                        + " (delete the file to crawl everything afresh)", e);
            }
        }
    }

    @Override
    public Optional<Seen> get(String site, URI url) {
        return memory.get(site, url);
    }

    @Override
    public void put(String site, URI url, Seen s) {
        memory.put(site, url, s);
    }

    @Override
    public void forget(String site, URI url) {
        memory.forget(site, url);
    }

    /**
     * @return what the memory holds now. Taken before an index commit and {@linkplain #save(Map) saved}
     *     after it, it vouches only for pages whose ads that commit holds: sites crawled in parallel put
     *     pages while another site commits.
     */
    public Map<String, Seen> snapshot() {
        return new TreeMap<>(seen);
    }

    /** Writes the memory as it is now to its file. */
    public void save() {
        save(snapshot());
    }

    /**
     * Writes a snapshot of the memory to its file, through a temporary file and an atomic move.
     *
     * @param snapshot what {@link #snapshot()} returned
     */
    public synchronized void save(Map<String, Seen> snapshot) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), snapshot);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            throw new RedflagException("cannot write the crawl memory " + file + ": " + e.getMessage(), e);
        }
    }
}
