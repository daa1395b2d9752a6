package org.redflag.batch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.redflag.RedflagException;
import org.redflag.index.AdCluster;
import org.redflag.index.ContactNetwork;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The links the last scan found between the ads of the index, as the link step stores them in
 * {@value #FILE} in the data folder: the near-duplicate clusters and the contact networks.
 *
 * @param computed when they were computed (ISO instant)
 * @param ads how many ads the index held
 * @param clusters the clusters, largest first
 * @param networks the networks, largest first
 */
public record ScanLinks(String computed, int ads, List<AdCluster> clusters, List<ContactNetwork> networks) {

    /** The file's name in the data folder. */
    public static final String FILE = "links.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ScanLinks {
        clusters = List.copyOf(clusters);
        networks = List.copyOf(networks);
    }

    /** @return the clusters whose text appears under two or more employer names */
    public List<AdCluster> templates() {
        return clusters.stream().filter(AdCluster::spansEmployers).toList();
    }

    /** @return the networks that span two or more employer names or sites */
    public List<ContactNetwork> flaggedNetworks() {
        return networks.stream().filter(ContactNetwork::isRiskSignal).toList();
    }

    /**
     * @param dataDir the data folder, or a run's report folder (the run's own copy)
     * @return the file written
     */
    public Path write(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Path tmp = Files.createTempFile(dataDir, "links", ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(this));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new RedflagException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param dataDir the data folder, or a run's report folder
     * @return the links of the last scan (of the run), when one stored them
     */
    public static Optional<ScanLinks> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), ScanLinks.class));
        } catch (IOException | RuntimeException e) {
            throw new RedflagException("cannot read " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
