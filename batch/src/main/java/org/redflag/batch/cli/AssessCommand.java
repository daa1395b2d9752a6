package org.redflag.batch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.redflag.AdRefusedException;
import org.redflag.JsonInput;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;
import org.redflag.classify.RiskAssessment;
import org.redflag.corpus.CorpusException;
import org.redflag.corpus.EmscadCsvAds;
import org.redflag.corpus.JsonlCorpusReader;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.Span;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.JsoupFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;

/** {@code redflag assess}: the risk of one ad, with its indicators and their evidence. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses job ads: risk, level, indicators and the evidence of each.",
                "INPUT is an .html page (schema.org JobPosting, else the page's main text), a .json ad "
                        + "(the corpus format), a .jsonl file of ads, an EMSCAD .csv (fake_job_postings.csv layout, "
                        + "its fraudulent column optional), a .txt file, an http(s) URL, or - for standard input."},
        footer = {"", "Examples:", "  redflag assess ad.html", "  redflag assess --json https://jobs.example/ad/123",
                "  cat ad.txt | redflag assess -"})
final class AssessCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "file, URL, or - for standard input")
    String input;

    @Option(names = "--json", description = "print JSON: {\"risk\",\"level\",\"indicators\",\"model\"}")
    boolean json;

    @Option(names = "--model", paramLabel = "FILE", description = "score with this model file instead of the default model")
    Path model;

    @Option(names = "--rules", paramLabel = "DIR", description = "a folder of indicator rule files that replace the shipped ones")
    Path rules;

    @Option(names = "--sentence-model", paramLabel = "FILE",
            description = "an indicator-sentence model (redflag train-indicators) in place of the shipped one")
    Path sentenceModel;

    @Option(names = "--allow-private-network", description = "let a URL point at a loopback or private address")
    boolean allowPrivate;

    @Option(names = "--skip-bad", description = "in a .jsonl or .csv file of ads, skip malformed records, each told on "
            + "standard error, instead of stopping at the first")
    boolean skipBad;

    @Spec
    CommandSpec spec;

    /** The start of a URL: a scheme of two or more characters (one is a Windows drive) and a colon. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    @Override
    public Integer call() {
        String scheme = URL.matcher(input).find() ? input.substring(0, input.indexOf(':')).toLowerCase(Locale.ROOT) : null;
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https") && !Files.exists(Path.of(input))) {
            // a file: URL would read a local file the user did not name as one; javascript:, data: and ftp: are no pages.
            // A file whose name only starts like a URL ("ad-2026-01-01T10:00.txt") is read as the file it is.
            throw new ParameterException(spec.commandLine(), "only http and https URLs are fetched: " + input);
        }
        List<JobAd> ads = read();
        Redflag.Builder b = Redflag.builder();
        if (model != null) {
            b.model(model);
        }
        if (rules != null) {
            b.rules(rules);
        }
        if (sentenceModel != null) {
            b.sentenceModel(sentenceModel);
        }
        Redflag redflag = b.build();
        PrintWriter out = spec.commandLine().getOut();
        if (ads.size() == 1) {
            print(out, ads.get(0), redflag.assess(ads.get(0)));
            return 0;
        }
        // of a file of ads, one refused for its content ("Position filled") is told and the others assessed
        int assessed = 0;
        for (JobAd ad : ads) {
            try {
                print(out, ad, redflag.assess(ad));
                assessed++;
            } catch (AdRefusedException refused) {
                out.flush();
                skipped(refused.getMessage());
            }
        }
        if (assessed == 0) {
            throw new RedflagException("no ad of " + input + " could be assessed: every one of its " + ads.size()
                    + " ads was refused");
        }
        return 0;
    }

    private void print(PrintWriter out, JobAd ad, RiskAssessment a) {
        out.println(json ? Output.JSON.writeValueAsString(jsonOf(a)) : text(ad, a));
        out.flush();
    }

    private List<JobAd> read() {
        if (input.equals("-")) {
            try {
                return parse(AdBytes.text(System.in.readAllBytes(), "standard input", this::warn), "standard input", null, null);
            } catch (IOException e) {
                throw new RedflagException("cannot read standard input: " + e.getMessage(), e);
            }
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI url;
            try {
                url = URI.create(input);
            } catch (IllegalArgumentException e) {
                throw new RedflagException("not a valid URL: " + input);
            }
            SiteProfile site = new SiteProfile(url.getHost() == null ? "url" : url.getHost(), List.of(url), "", "", Map.of(),
                    1, 1, 0, allowPrivate);
            RawPage page = new JsoupFetcher().fetch(url, site);
            AdBytes.checkHtml(page, input, this::warn);
            return List.of(extract(page));
        }
        Path file = Path.of(input);
        if (Files.isDirectory(file)) {
            throw new RedflagException(input + " is a folder: give a file of ads");
        }
        if (!Files.exists(file)) {
            throw new RedflagException(input + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new RedflagException(input + " is not a regular file (a device or a pipe): give a file of ads, or - for "
                    + "standard input");
        }
        if (lower.endsWith(".csv")) {
            return emscadAds(file);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                RawPage page = new RawPage(file.toUri(), 200, "", bytes, Instant.now());
                AdBytes.checkHtml(page, input, this::warn);
                return List.of(extract(page));
            }
            return parse(AdBytes.text(bytes, input, this::warn), input, lower, skipBad ? this::skipped : null);
        } catch (IOException e) {
            throw new RedflagException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private List<JobAd> emscadAds(Path file) {
        List<JobAd> ads = new ArrayList<>();
        try (EmscadCsvAds r = EmscadCsvAds.open(file, skipBad)) {
            try {
                r.forEachRemaining(ads::add);
            } catch (CorpusException unreadable) {
                // a broken quote leaves the rest of the file unreadable: assess what came before it when asked to skip
                if (!skipBad || ads.isEmpty()) {
                    throw unreadable;
                }
                skipped(unreadable.getMessage() + "; the rest of the file is not read");
            }
            r.problems().forEach(this::skipped);
            if (ads.isEmpty()) {
                throw new RedflagException(!r.problems().isEmpty() ? allMalformed(input, r.problems().size())
                        : input + " has no rows: there is no ad to assess");
            }
        }
        return ads;
    }

    private static String allMalformed(String where, int skipped) {
        return "every record of " + where + " is malformed (" + skipped + " skipped): there is no ad to assess";
    }

    /** Tells what was read with a fault (bytes not of the charset) on standard error, and goes on. */
    private void warn(String warning) {
        spec.commandLine().getErr().println(warning);
    }

    /** Tells a skipped record on standard error, one line each, so that the assessments on standard output stay whole. */
    private void skipped(String problem) {
        spec.commandLine().getErr().println("skipped " + problem);
    }

    private static JobAd extract(RawPage page) {
        return new org.redflag.scrape.jsoup.JsoupAdExtractor().extract(page, null)
                .orElseThrow(() -> new RedflagException("no job ad found in " + page.url()));
    }

    /**
     * Reads text whose kind is given by the file's name, or guessed from its first character; a malformed line of a .jsonl
     * file is told to {@code skip} and left out, or, where {@code skip} is null, stops the reading. Ads to assess need no
     * label, so the corpus's reader, which requires one, does not read them.
     */
    private static List<JobAd> parse(String text, String where, String name, Consumer<String> skip) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new RedflagException(where + " is empty: there is no ad to assess");
        }
        boolean jsonl = name != null && name.endsWith(".jsonl");
        boolean jsonFile = name != null && name.endsWith(".json");
        if (name == null || !(jsonl || jsonFile || name.endsWith(".txt"))) {
            if (t.startsWith("<")) {
                return List.of(extract(new RawPage(URI.create("file:///stdin"), 200, "", text.getBytes(StandardCharsets.UTF_8), Instant.now())));
            }
            jsonFile = t.startsWith("{");
        }
        if (jsonl) {
            List<JobAd> ads = new ArrayList<>();
            int line = 0;
            int skipped = 0;
            for (String l : text.split("\n")) {
                line++;
                if (l.isBlank()) {
                    continue;
                }
                try {
                    ads.add(jsonAd(l, where + ":" + line, "give one ad per line"));
                } catch (RedflagException e) {
                    if (skip == null) {
                        throw e;
                    }
                    skip.accept(e.getMessage());
                    skipped++;
                }
            }
            if (ads.isEmpty()) {
                throw new RedflagException(allMalformed(where, skipped));
            }
            return ads;
        }
        if (jsonFile) {
            return List.of(jsonAd(t, where, "give one ad per .json file, or several as .jsonl"));
        }
        return List.of(JobAd.builder().id(where).description(t).build());
    }

    /** @param whenSeveral what to do instead of giving several JSON values, for the message */
    private static JobAd jsonAd(String json, String where, String whenSeveral) {
        JsonNode n = JsonInput.one(json, where, whenSeveral);
        if (!n.isObject()) {
            throw new RedflagException(where + ": expected a JSON object with the fields of an ad");
        }
        JobAd ad = JsonlCorpusReader.jobAd(n, where);
        if (ad.isEmpty()) {
            throw new RedflagException(where + ": ad " + (ad.id().isEmpty() ? "(without id)" : ad.id()) + " has no text to assess (no title, description, requirements or benefits)");
        }
        return ad;
    }

    static Map<String, Object> jsonOf(RiskAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.adId());
        m.put("risk", Math.round(a.risk() * 1000) / 1000.0);
        m.put("level", a.level().name());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorMatch i : a.indicators()) {
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (Span s : i.evidence()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("text", s.text());
                e.put("field", s.field().name().toLowerCase(Locale.ROOT));
                e.put("start", s.start());
                e.put("end", s.end());
                evidence.add(e);
            }
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("code", i.indicator().name());
            im.put("kind", i.indicator().kind().name().toLowerCase(Locale.ROOT));
            im.put("source", i.source().name().toLowerCase(Locale.ROOT));
            im.put("evidence", evidence);
            indicators.add(im);
        }
        m.put("indicators", indicators);
        m.put("model", a.model());
        return m;
    }

    private static String text(JobAd ad, RiskAssessment a) {
        StringBuilder sb = new StringBuilder();
        sb.append(ad.title().isEmpty() ? "(untitled ad)" : ad.title());
        if (!ad.employer().isEmpty()) {
            sb.append(" - ").append(ad.employer());
        }
        sb.append('\n').append(String.format(Locale.ROOT, "risk %.2f  %s   (model %s)%n", a.risk(), a.level(), a.model()));
        if (a.indicators().isEmpty()) {
            sb.append("no indicator found\n");
        }
        for (IndicatorMatch i : a.indicators()) {
            sb.append(String.format("  %s %-26s", i.indicator().isProtective() ? "+" : "!", i.indicator().name()));
            for (Span s : i.evidence()) {
                sb.append(" \"").append(s.text().replace('\n', ' ')).append('"');
                if (s.field() != JobAd.Field.DESCRIPTION) {
                    sb.append(" (").append(s.field().name().toLowerCase(Locale.ROOT)).append(')');
                }
            }
            if (i.source() == IndicatorMatch.Source.MODEL) {
                sb.append("  [sentence model]");
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
