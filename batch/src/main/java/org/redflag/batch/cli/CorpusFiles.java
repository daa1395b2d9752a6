package org.redflag.batch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.redflag.RedflagException;
import org.redflag.classify.ModelCard;
import org.redflag.corpus.AdIds;
import org.redflag.corpus.CorpusReader;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import picocli.CommandLine.Option;

/** The {@code --corpus} options that every corpus-reading command shares. */
final class CorpusFiles {

    @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE",
            description = "labelled ads: Redflag's .jsonl corpus or an EMSCAD .csv (fake_job_postings.csv layout)")
    List<Path> files;

    @Option(names = "--skip-bad", description = "skip and count malformed records instead of stopping at the first")
    boolean skipBad;

    /** The ads read, and where they came from. */
    record Loaded(List<LabelledAd> ads, List<ModelCard.DataFile> files) {
    }

    Loaded load(java.io.PrintWriter err) {
        return load(files, skipBad, err);
    }

    /**
     * @param files corpus files, read in order, as one corpus: an ad whose id came before, in this file or an earlier
     *     one, is a malformed record
     * @param skipBad whether to skip and count malformed records instead of stopping at the first
     * @param err where skipped records and the count read are told
     * @return the ads read, and where they came from
     */
    static Loaded load(List<Path> files, boolean skipBad, java.io.PrintWriter err) {
        List<LabelledAd> ads = new ArrayList<>();
        List<ModelCard.DataFile> data = new ArrayList<>();
        AdIds ids = new AdIds();
        for (Path f : files) {
            CorpusReaders.requireFile(f);
            int before = ads.size();
            try (CorpusReader r = CorpusReaders.open(f, skipBad, ids)) {
                r.forEachRemaining(ads::add);
                if (r.skipped() > 0) {
                    err.printf("%s: skipped %d malformed records, the first: %s%n", f, r.skipped(), r.problems().get(0));
                }
            }
            data.add(new ModelCard.DataFile(f.getFileName().toString(), ads.size() - before, sha256(f)));
        }
        if (ads.isEmpty()) {
            throw new RedflagException("no ads in " + files);
        }
        err.printf("read %d ads from %d file(s)%n", ads.size(), files.size());
        return new Loaded(ads, data);
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new RedflagException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
