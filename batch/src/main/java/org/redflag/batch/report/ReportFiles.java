package org.redflag.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AdIndex;
import org.redflag.index.AssessedAd;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's report folder: {@code report.html}, {@code ads.json}, {@code ads.csv},
 * {@code riskiest.json} (the riskiest ads in full, as the report shows them), {@code run.json} (the run's numbers)
 * and {@code metrics.json} (the run's Micrometer meters); the report step adds the run's own {@code links.json}. The
 * report is rendered again from these alone ({@link SavedRun}).
 */
public final class ReportFiles {

    /** The file of the riskiest ads in full, their text with it, which {@code ads.json} leaves out. */
    static final String RISKIEST = "riskiest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportFiles() {
    }

    /**
     * @param reportsDir the folder of all reports
     * @param runId the run
     * @return the run's report folder
     */
    public static Path runDir(Path reportsDir, long runId) {
        return reportsDir.resolve("run-" + runId);
    }

    /**
     * @param reportsDir the folder of all reports; it need not exist
     * @return the highest N of its {@code run-N} folders, 0 when it has none
     */
    public static long highestRun(Path reportsDir) {
        if (!Files.isDirectory(reportsDir)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> dirs = Files.list(reportsDir)) {
            return dirs.map(d -> d.getFileName().toString()).filter(name -> name.matches("run-\\d{1,18}"))
                    .mapToLong(name -> Long.parseLong(name.substring(4))).max().orElse(0);
        } catch (IOException e) {
            throw new RedflagException("cannot list " + reportsDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code ads.json} and {@code ads.csv}: every analysed ad of the index, riskiest first, streamed
     * from the index one ad at a time; then {@code riskiest.json}, the ads the HTML report shows in full.
     *
     * @param dir the run's report folder
     * @param index the scored ads
     * @return what the HTML report shows of them
     */
    public static ReportTally writeAds(Path dir, AdIndex index) {
        ReportTally tally = new ReportTally();
        Path jsonTemp = null;
        Path csvTemp = null;
        try {
            Files.createDirectories(dir);
            jsonTemp = WholeFiles.temporary(dir.resolve("ads.json"));
            csvTemp = WholeFiles.temporary(dir.resolve("ads.csv"));
            try (Writer json = Files.newBufferedWriter(jsonTemp, StandardCharsets.UTF_8);
                 SequenceWriter exported = JSON.writer().writeValuesAsArray(json);
                 Writer w = Files.newBufferedWriter(csvTemp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                         .setHeader("id", "risk", "level", "title", "employer", "location", "url", "indicators", "model").get())) {
                index.forEachAssessed(a -> {
                    exported.write(exported(a));
                    try {
                        csv.printRecord(a.ad().id(), String.format(java.util.Locale.ROOT, "%.4f", a.assessment().risk()),
                                a.assessment().level(), a.ad().title(), a.ad().employer(), a.ad().location(), a.ad().url(),
                                codes(a), a.assessment().model());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    tally.add(a);
                });
            }
            WholeFiles.replace(jsonTemp, dir.resolve("ads.json"));
            WholeFiles.replace(csvTemp, dir.resolve("ads.csv"));
            WholeFiles.writeString(dir.resolve(RISKIEST), JSON.writeValueAsString(tally.riskiest()));
            return tally;
        } catch (IOException | UncheckedIOException | JacksonException e) {
            throw new RedflagException("cannot write the ads of the report in " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(jsonTemp);
            deleteQuietly(csvTemp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // a temporary file left behind loses nothing: the report's own files are whole either way
        }
    }

    /**
     * Writes {@code run.json} and {@code report.html}; write the ads ({@link #writeAds}) and the meters
     * ({@link #writeMetrics}) first.
     *
     * @param dir the run's report folder
     * @param summary the run's numbers
     * @param scored what {@link #writeAds} counted of the ads
     * @return the HTML report
     */
    public static Path write(Path dir, RunSummary summary, ReportTally scored) {
        List<Map<String, Object>> metrics = readMetrics(dir);
        try {
            WholeFiles.writeString(dir.resolve("run.json"), JSON.writeValueAsString(summary));
        } catch (IOException e) {
            throw new RedflagException("cannot write the report in " + dir + ": " + e.getMessage(), e);
        }
        return writeHtml(dir, summary, scored, metrics);
    }

    /**
     * Writes {@code report.html} alone.
     *
     * @param dir the run's report folder
     * @param summary the run's numbers
     * @param scored the run's ads, counted
     * @param metrics the run's meters
     * @return the HTML report
     */
    static Path writeHtml(Path dir, RunSummary summary, ReportTally scored, List<Map<String, Object>> metrics) {
        try {
            Files.createDirectories(dir);
            Path html = dir.resolve("report.html");
            WholeFiles.writeString(html, HtmlReport.render(summary, scored, metrics));
            return html;
        } catch (IOException e) {
            throw new RedflagException("cannot write the report in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Counts the ads a run saved, as {@link #writeAds} counted them when it wrote them: {@code ads.json} for every ad,
     * {@code riskiest.json} for the text of those the report shows in full. The ads beyond those carry no site
     * ({@code ads.json} names none), so the tally's high-risk ads by site are not the run's: {@code run.json} has those.
     *
     * @param dir a run's report folder
     * @return the run's ads, counted
     * @throws RedflagException in one line when a file is missing, cannot be read or the two do not agree
     */
    static ReportTally readAds(Path dir) {
        Path all = existing(dir, "ads.json");
        Path riskiestFile = dir.resolve(RISKIEST);
        if (!Files.isRegularFile(riskiestFile)) {
            throw new RedflagException("cannot render the report in " + dir + ": the run was saved by an earlier Redflag, "
                    + "without " + RISKIEST + " (the text of its riskiest ads); its report.html stays as its scan wrote it");
        }
        List<AssessedAd> riskiest;
        try {
            // an ad is written with what its getters say of it (empty), which is no field to read back
            riskiest = JSON.readerFor(new TypeReference<List<AssessedAd>>() { })
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(Files.readString(riskiestFile));
        } catch (JacksonException e) {
            throw unreadable(riskiestFile, e, "the run's riskiest ads");
        } catch (IOException e) {
            throw new RedflagException("cannot read " + riskiestFile + ": " + e.getMessage(), e);
        }
        ReportTally tally = new ReportTally();
        try (java.io.Reader in = Files.newBufferedReader(all, StandardCharsets.UTF_8);
             MappingIterator<ExportedAd> ads = JSON.readerFor(ExportedAd.class).readValues(in)) {
            for (int i = 0; ads.hasNextValue(); i++) {
                ExportedAd ad = ads.nextValue();
                if (i < riskiest.size() && !riskiest.get(i).ad().id().equals(ad.id())) {
                    throw new RedflagException("cannot render the report in " + dir + ": " + riskiestFile + " and " + all
                            + " disagree (ad " + (i + 1) + " is " + riskiest.get(i).ad().id() + " in one, " + ad.id() + " in the other)");
                }
                tally.add(i < riskiest.size() ? riskiest.get(i) : ad.assessed());
            }
        } catch (JacksonException e) {
            throw unreadable(all, e, "the run's ads");
        } catch (IOException e) {
            throw new RedflagException("cannot read " + all + ": " + e.getMessage(), e);
        }
        if (tally.riskiest().size() != riskiest.size()) {
            throw new RedflagException("cannot render the report in " + dir + ": " + riskiestFile + " holds "
                    + riskiest.size() + " ads, " + all + " " + tally.ads());
        }
        return tally;
    }

    private static Path existing(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new RedflagException("cannot render the report in " + dir + ": " + file + " is missing");
        }
        return file;
    }

    /**
     * Writes the run's meters to {@code metrics.json}; write them before {@link #write} so the report shows them.
     *
     * @param dir the run's report folder
     * @param meters the meters, as {@code ScanMetrics.snapshot()} gives them
     */
    public static void writeMetrics(Path dir, List<Map<String, Object>> meters) {
        try {
            Files.createDirectories(dir);
            WholeFiles.writeString(dir.resolve("metrics.json"), JSON.writeValueAsString(meters));
        } catch (IOException e) {
            throw new RedflagException("cannot write the metrics in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param dir a run's report folder
     * @return its meters
     * @throws RedflagException in one line when {@code metrics.json} is missing or cannot be read: a report rendered
     *     without the run's statistics would replace a better one
     */
    public static List<Map<String, Object>> readMetrics(Path dir) {
        Path file = existing(dir, "metrics.json");
        try {
            return JSON.readValue(Files.readString(file), new TypeReference<List<Map<String, Object>>>() { });
        } catch (JacksonException e) {
            throw unreadable(file, e, "the run's statistics (a list of meters)");
        } catch (IOException e) {
            throw new RedflagException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param dir a run's report folder
     * @return the run's summary
     */
    public static RunSummary readSummary(Path dir) {
        Path file = dir.resolve("run.json");
        if (!Files.isRegularFile(file)) {
            throw new RedflagException("no report in " + dir + " (run.json is missing)");
        }
        try {
            return JSON.readValue(Files.readString(file), RunSummary.class);
        } catch (JacksonException e) {
            throw unreadable(file, e, "the run's summary");
        } catch (IOException e) {
            throw new RedflagException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param what what the file holds when a scan wrote it, in words
     * @return the failure to read a run's file, in words rather than in Jackson's (which name its classes and tokens)
     */
    private static RedflagException unreadable(Path file, JacksonException e, String what) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String why = e instanceof StreamReadException ? "not valid JSON" + where : "it does not hold " + what + " as a scan writes it";
        return new RedflagException("cannot read " + file + ": " + why, e);
    }

    private static String codes(AssessedAd a) {
        return a.assessment().indicators().stream().map(m -> m.indicator().name()).collect(Collectors.joining(" "));
    }

    /** An ad as {@code ads.json} holds it: its assessment, and of the ad only what names and finds it. */
    private record ExportedAd(String id, double risk, String level, String title, String employer, String location,
                              String url, List<IndicatorMatch> indicators, String model) {

        AssessedAd assessed() {
            return new AssessedAd(JobAd.builder().id(id).title(title).employer(employer).location(location).url(url).build(),
                    new RiskAssessment(id, risk, RiskLevel.valueOf(level), indicators, model));
        }
    }

    private static ExportedAd exported(AssessedAd a) {
        return new ExportedAd(a.ad().id(), a.assessment().risk(), a.assessment().level().name(), a.ad().title(),
                a.ad().employer(), a.ad().location(), a.ad().url(), a.assessment().indicators(), a.assessment().model());
    }
}
