package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.corpus.CorpusReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The command line as a user meets it: exit codes, one-line errors, and the assess command end to end. */
class RedflagCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path page(String name) throws URISyntaxException {
        return Path.of(RedflagCommandTest.class.getResource("/pages/" + name).toURI());
    }

    @Test
    void noCommandIsBadUsage() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("name a command");
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        assertThat(run("assess", "--no-such-option", "x.html").code()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("assess", "scan", "run", "rescore", "scrape", "search", "report", "train", "train-indicators",
                "evaluate", "export-arff", "corpus", "corpus validate", "corpus stats", "corpus split", "corpus agree", "bench")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: redflag " + command);
        }
    }

    /**
     * Picocli formats every line of help with {@code String.format}; a line it cannot format ("2 % or fewer") prints as it
     * is, with a warning on standard error at every help. The lines are read from the annotations, as written.
     */
    @Test
    void everyLineOfHelpIsAFormatPicocliCanRead() {
        List<String> lines = new ArrayList<>();
        collectHelpLines(new CommandLine(new RedflagCommand()), lines);
        assertThat(lines).hasSizeGreaterThan(100);
        for (String line : lines) {
            assertThatCode(() -> String.format(line)).as(line).doesNotThrowAnyException();
        }
    }

    private static void collectHelpLines(CommandLine command, List<String> lines) {
        for (Class<?> c = command.getCommand().getClass(); c != Object.class; c = c.getSuperclass()) {
            Command about = c.getAnnotation(Command.class);
            if (about != null) {
                lines.addAll(List.of(about.description()));
                lines.addAll(List.of(about.header()));
                lines.addAll(List.of(about.footer()));
            }
            for (Field f : c.getDeclaredFields()) {
                Option option = f.getAnnotation(Option.class);
                if (option != null) {
                    lines.addAll(List.of(option.description()));
                }
                Parameters parameters = f.getAnnotation(Parameters.class);
                if (parameters != null) {
                    lines.addAll(List.of(parameters.description()));
                }
            }
        }
        command.getSubcommands().values().forEach(sub -> collectHelpLines(sub, lines));
    }

    @Test
    void aScheduleThatIsNoCronExpressionIsBadUsage() {
        Run r = run("run", "--schedule", "every night", "--demo");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--schedule \"every night\" is not a cron expression");
    }

    @Test
    void aScheduleThatNeverFiresIsBadUsage() {
        Run r = run("run", "--schedule", "0 0 0 30 2 *", "--demo");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--schedule \"0 0 0 30 2 *\" never fires");
    }

    @Test
    void rescoreWithAMissingModelIsOneLineAndExitOne(@TempDir Path dir) {
        Run r = run("rescore", "--model", dir.resolve("no.model").toString(), "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag rescore: model file " + dir.resolve("no.model") + " does not exist");
    }

    @Test
    void scanWithACorruptModelFailsBeforeItCrawls(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("bad.model"), "garbage");
        Run r = run("scan", "--demo", "--model", model.toString(), "--data", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).as("no crawl").isEmpty();
        assertThat(r.err().strip()).startsWith("redflag scan: ").contains("not a Redflag model file").doesNotContain("\n");
    }

    @Test
    void rescoreWithACorruptModelFailsInOneLine(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("bad.model"), "garbage");
        Files.createDirectories(dir.resolve("data/index"));
        Run r = run("rescore", "--model", model.toString(), "--data", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).as("refused before any job starts").isEmpty();
        assertThat(r.err().strip()).startsWith("redflag rescore: ").contains("not a Redflag model file").doesNotContain("\n");
    }

    @Test
    void reportWithoutAnyScanIsOneLineAndExitOne(@TempDir Path dir) {
        Run r = run("report", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag report: no reports in " + dir.resolve("reports") + ": run redflag scan first");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        Run r = run("assess", "no-such-ad.html");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: no-such-ad.html: no such file");
    }

    @Test
    void aDeviceIsNotCalledAMissingFile() {
        Run r = run("assess", "/dev/null");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: /dev/null is not a regular file (a device or a pipe): give a file "
                + "of ads, or - for standard input");
    }

    @Test
    void anErrorIsOneLineEvenWhereWhatItNamesHoldsALineBreak(@TempDir Path dir) {
        Run r = run("assess", dir.resolve("ad\nrisk 0.01 LOW.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("redflag assess: ").endsWith("LOW.txt: no such file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "FILE:/etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x",
            "data:text/html,<p>hi</p>"})
    void onlyHttpAndHttpsUrlsAreFetched(String url) {
        Run r = run("assess", url);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("redflag assess: only http and https URLs are fetched: " + url
                + " (see redflag assess --help)" + System.lineSeparator());
    }

    @Test
    void aFileUrlIsNotReadEvenWhereTheFileExists(@TempDir Path dir) throws IOException {
        Path ad = Files.writeString(dir.resolve("ad.txt"), "Pay the visa fee of USD 900 first. Your passport is kept by us.");
        Run r = run("assess", ad.toUri().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("redflag assess: only http and https URLs are fetched: file:");
    }

    @Test
    void aFileWhoseNameOnlyStartsLikeAUrlIsReadAsAFile() throws IOException {
        // a bare name in the working folder: "ad-2026-01-01T10:" is where a URL's scheme would stand
        Path ad = Path.of("ad-2026-01-01T10:00.txt");
        try {
            Files.writeString(ad, "Pay the visa fee of USD 900 first. Your passport is kept by the company until the contract ends.");
            Run r = run("assess", ad.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("DOCUMENT_RETENTION");
        } finally {
            Files.deleteIfExists(ad);
        }
    }

    @Test
    void aSiteProfileThatIsMissingOrAFolderIsSaidSo(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        Run none = run("scrape", "--site", missing.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("redflag scrape: cannot read site profile " + missing + ": no such file"
                + System.lineSeparator());
        Run folder = run("scrape", "--site", dir.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).isEqualTo("redflag scrape: cannot read site profile " + dir + ": it is a folder, "
                + "give the profile's .json file" + System.lineSeparator());
    }

    @Test
    void aReportFolderThatIsAFileIsSaidSo(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("ads.jsonl"), "{\"id\": \"a\", \"description\": \"Line cook for our "
                + "hotel kitchen.\", \"label\": \"legitimate\"}\n");
        Path file = Files.writeString(dir.resolve("ad.json"), "{}");
        Run r = run("evaluate", "--corpus", corpus.toString(), "--report", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("redflag evaluate: " + file + " is a file, not a folder" + System.lineSeparator());
    }

    @Test
    void anEmptyAdIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Run r = run("assess", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + empty + " is empty: there is no ad to assess");
    }

    @Test
    void anAdTooLongToBeOneIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("huge.txt"), "Pay the visa fee first. ".repeat(5000));
        Run r = run("assess", page.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: ad " + page + " has 119,999 characters of text, more than "
                + "the 100,000 one job ad may have: it is not analysed");
    }

    @Test
    void anAdTooShortToJudgeIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        // the page a board leaves where an ad was: the model alone would call it high risk
        Path stub = Files.writeString(dir.resolve("stub.txt"), "Position filled\n");
        Run r = run("assess", stub.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: ad " + stub + " has 2 words of text, fewer than the 5 "
                + "an ad needs to be assessed: too little to judge");
        // the page may keep the ad's employer, place and pay: they are no text to judge
        Path kept = Files.writeString(dir.resolve("kept.json"), "{\"id\": \"kept\", \"title\": \"Warehouse Operative\", "
                + "\"employer\": \"Acme Logistics Ltd\", \"location\": \"Leeds, UK\", \"salary\": \"GBP 11.44 an hour\", "
                + "\"description\": \"Position filled\"}");
        Run withMetadata = run("assess", kept.toString());
        assertThat(withMetadata.code()).isEqualTo(1);
        assertThat(withMetadata.err().strip()).isEqualTo("redflag assess: ad kept has 4 words of text, fewer than the 5 "
                + "an ad needs to be assessed: too little to judge");
    }

    @Test
    void aShortAdInAFileOfAdsIsToldAndTheOthersAssessed(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("export.csv"), EMSCAD_HEADER.replace(",fraudulent", "")
                + "1,Packers,\"Dubai, AE\",,,,\"Pay the visa fee of USD 900 first.\",,,0,0,0,,,,,\n"
                + "2,Filled,\"Leeds, UK\",,,,Position filled.,,,0,1,1,,,,,\n"
                + "3,Nurse,\"Leeds, UK\",,,,Ward nurse for our surgical unit.,,,0,1,1,,,,,\n");
        Run r = run("assess", csv.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().map(l -> Output.JSON.readTree(l).get("id").asString()).toList())
                .containsExactly("emscad-1", "emscad-3");
        assertThat(r.err().strip()).isEqualTo("skipped ad emscad-2 has 3 words of text, fewer than the 5 an ad needs "
                + "to be assessed: too little to judge");
    }

    @Test
    void evaluatingOnAdsTheModelWasTrainedOnIsWarnedOf(@TempDir Path dir) throws IOException {
        List<String> shipped;
        try (var in = RedflagCommandTest.class.getClassLoader().getResourceAsStream(CorpusReaders.BUNDLED_CORPUS)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        String seenRisky = shipped.stream().filter(l -> !Output.JSON.readTree(l).get("label").asString().equals("legitimate"))
                .findFirst().orElseThrow();
        String seenLegit = shipped.stream().filter(l -> Output.JSON.readTree(l).get("label").asString().equals("legitimate"))
                .findFirst().orElseThrow();
        String newRisky = "{\"id\": \"n1\", \"title\": \"Packers\", \"description\": \"Pay the visa fee of USD 900 first. "
                + "Your passport is kept by the company.\", \"label\": \"exploitative\"}";
        String newLegit = "{\"id\": \"n2\", \"title\": \"Nurse\", \"description\": \"Ward nurse for our surgical unit, "
                + "NMC registration needed.\", \"label\": \"legitimate\"}";
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n", seenRisky, seenLegit, newRisky, newLegit));
        Path fresh = Files.writeString(dir.resolve("fresh.jsonl"), String.join("\n", newRisky, newLegit));

        Run seen = run("evaluate", "--corpus", mixed.toString());
        assertThat(seen.code()).as(seen.err()).isZero();
        assertThat(seen.err()).contains("warning: 2 of the 4 ads of " + mixed + " were in the training data of model redflag-");
        assertThat(seen.out()).startsWith("not held out: 2 of the 4 ads were in the model's training data, redflag-");
        Run seenJson = run("evaluate", "--corpus", mixed.toString(), "--json");
        assertThat(Output.JSON.readTree(seenJson.out()).get("seenInTraining").asInt()).isEqualTo(2);
        assertThat(Output.JSON.readTree(seenJson.out()).get("method").asString()).startsWith("not held out: 2 of the 4 ads");
        Run unseen = run("evaluate", "--corpus", fresh.toString(), "--json");
        assertThat(unseen.code()).as(unseen.err()).isZero();
        assertThat(unseen.err()).doesNotContain("were in the training data");
        assertThat(Output.JSON.readTree(unseen.out()).get("method").asString()).isEqualTo("held-out");
        assertThat(Output.JSON.readTree(unseen.out()).get("seenInTraining").asInt()).isZero();
    }

    @Test
    void crossValidatingOnTooFewAdsIsRefusedInOneLineBeforeAnyFoldIsTrained(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("three.jsonl"),
                "{\"id\": \"a\", \"description\": \"Line cook for our hotel.\", \"label\": \"legitimate\"}\n"
                + "{\"id\": \"b\", \"description\": \"Pay the visa fee of USD 900 first.\", \"label\": \"exploitative\"}\n"
                + "{\"id\": \"c\", \"description\": \"Ward nurse for our unit.\", \"label\": \"legitimate\"}\n");
        Run r = run("evaluate", "--corpus", corpus.toString(), "--folds", "3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("redflag evaluate: ")).toList()).singleElement().asString()
                .matches("redflag evaluate: cross-validation fold 1 of 3: training needs at least 5 risky and 5 legitimate ads; "
                        + "got \\d risky and \\d legitimate; give more ads or fewer folds");
        assertThat(r.err()).doesNotContain("Not enough training instances");
    }

    @Test
    void evaluatingOnOneClassAloneIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("legit.jsonl"),
                "{\"id\": \"a\", \"description\": \"Line cook for our hotel.\", \"label\": \"legitimate\"}\n"
                + "{\"id\": \"b\", \"description\": \"Ward nurse for our unit.\", \"label\": \"legitimate\"}\n");
        Run r = run("evaluate", "--corpus", corpus.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("redflag evaluate: ")).toList())
                .containsExactly("redflag evaluate: evaluate needs risky and legitimate ads: all 2 ads of [" + corpus + "] are legitimate");
    }

    @Test
    void aCorruptModelIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("bad.model"), "garbage");
        Run r = run("assess", page("named-employer.html").toString(), "--model", model.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("redflag assess: ").contains("not a Redflag model file").doesNotContain("\n");
    }

    @Test
    void aModelCardWithANullThresholdIsRefusedInOneLineInWords(@TempDir Path dir) throws Exception {
        Path model = editedDefaultModel(dir, card -> card.putNull("highThreshold"));
        Run r = run("assess", page("named-employer.html").toString(), "--model", model.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + model
                + " has an unreadable model card: its highThreshold is null, not a number");
    }

    @Test
    void rescoreWithACardNamingFewerFeaturesThanItsClassifierFailsInOneLineBeforeAnyJob(@TempDir Path dir)
            throws Exception {
        Path model = editedDefaultModel(dir, card -> ((ArrayNode) card.get("featureNames")).remove(0));
        Files.createDirectories(dir.resolve("data/index"));
        Run r = run("rescore", "--model", model.toString(), "--data", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).as("refused before any job starts").isEmpty();
        assertThat(r.err().strip()).startsWith("redflag rescore: " + model + " does not fit its card: its classifier "
                + "was trained on ").doesNotContain("\n");
    }

    /** @return a copy of the default model whose card is edited, its classifier and checksum as they were */
    private static Path editedDefaultModel(Path dir, Consumer<ObjectNode> edit) throws IOException {
        Path model = dir.resolve("edited.model");
        JsonMapper json = JsonMapper.builder().build();
        ClassLoader loader = RedflagCommandTest.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(ModelFiles.DEFAULT_MODEL_RESOURCE);
             ZipInputStream from = new ZipInputStream(in);
             ZipOutputStream to = new ZipOutputStream(Files.newOutputStream(model))) {
            for (ZipEntry e = from.getNextEntry(); e != null; e = from.getNextEntry()) {
                to.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(ModelFiles.CARD_ENTRY)) {
                    ObjectNode card = (ObjectNode) json.readTree(from.readAllBytes());
                    edit.accept(card);
                    to.write(json.writeValueAsBytes(card));
                } else {
                    from.transferTo(to);
                }
                to.closeEntry();
            }
        }
        return model;
    }

    @Test
    void aCorruptSentenceModelIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("bad.model"), "garbage");
        Run r = run("assess", page("named-employer.html").toString(), "--sentence-model", model.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + model
                + " is not an indicator-sentence model (not gzip'd: Not in GZIP format)");
    }

    @Test
    void aFeeAndPassportAdIsHighRiskWithItsEvidence() throws Exception {
        Run r = run("assess", page("fee-and-passport.html").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("level").asString()).isEqualTo("HIGH");
        assertThat(json.get("risk").asDouble()).isGreaterThan(0.7);
        assertThat(json.get("model").asString()).isNotBlank();
        List<String> codes = new ArrayList<>();
        json.get("indicators").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).contains("RECRUITMENT_FEE", "DOCUMENT_RETENTION", "OFF_PLATFORM_CONTACT");
        JsonNode evidence = json.get("indicators").get(codes.indexOf("DOCUMENT_RETENTION")).get("evidence").get(0);
        assertThat(evidence.get("text").asString()).contains("Passports are kept");
        assertThat(json.get("indicators").get(codes.indexOf("DOCUMENT_RETENTION")).get("source").asString())
                .as("a rule's find, its evidence what the rule matched").isEqualTo("rule");
        assertThat(evidence.get("end").asInt() - evidence.get("start").asInt()).isEqualTo(evidence.get("text").asString().length());
    }

    /** The header line of EMSCAD's {@code fake_job_postings.csv}. */
    private static final String EMSCAD_HEADER = "job_id,title,location,department,salary_range,company_profile,description,"
            + "requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,"
            + "required_education,industry,function,fraudulent\n";

    @Test
    void anEmscadCsvIsAssessedAdByAd(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("postings.csv");
        Files.writeString(csv, EMSCAD_HEADER
                + "1,Packers,\"Dubai, AE\",,,,\"Pay the visa fee of USD 900 first. Your passport is kept by the company.\",,,0,0,0,,,,,,1\n"
                + "2,Nurse,\"Leeds, UK\",,,We are an NHS trust.,Ward nurse for our surgical unit.,NMC registration,,0,1,1,Full-time,,,,,0\n");
        Run r = run("assess", csv.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as("one assessment per row, not the file as one ad").hasSize(2);
        assertThat(lines.get(0)).contains("\"id\":\"emscad-1\"", "RECRUITMENT_FEE");
        assertThat(lines.get(1)).contains("\"id\":\"emscad-2\"");
    }

    @Test
    void aMalformedRowStopsAssessUnlessItIsSkipped(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("postings.csv");
        Files.writeString(csv, EMSCAD_HEADER
                + "1,Packers,\"Dubai, AE\",,,,\"Pay the visa fee of USD 900 first.\",,,0,0,0,,,,,,1\n"
                + "2,Nurse,\"Leeds, UK\",Ward nurse for our surgical unit.\n"
                + "3,Cook,\"Leeds, UK\",,,,Line cook for our hotel kitchen.,,,0,1,1,,,,,,0\n");
        assertThat(assessedSkippingTheMalformed(csv, "postings.csv:3")).containsExactly("emscad-1", "emscad-3");
    }

    @Test
    void aCsvInEmscadsLayoutNeedsNoLabelToBeAssessed(@TempDir Path dir) throws Exception {
        // a board's own export in the layout, without the fraudulent column, and a label assess has no use for
        Path unlabelled = dir.resolve("export.csv");
        Files.writeString(unlabelled, EMSCAD_HEADER.replace(",fraudulent", "")
                + "1,Packers,\"Dubai, AE\",,,,\"Pay the visa fee of USD 900 first.\",,,0,0,0,,,,,\n"
                + "2,Nurse,\"Leeds, UK\",,,,Ward nurse for our surgical unit.,,,0,1,1,,,,,\n");
        Path oddLabel = Files.writeString(dir.resolve("odd.csv"), EMSCAD_HEADER
                + "2,Nurse,\"Leeds, UK\",,,,Ward nurse for our surgical unit.,,,0,1,1,,,,,,maybe\n");
        Run r = run("assess", unlabelled.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().map(l -> Output.JSON.readTree(l).get("id").asString()).toList())
                .containsExactly("emscad-1", "emscad-2");
        Run odd = run("assess", oddLabel.toString(), "--json");
        assertThat(odd.code()).as(odd.err()).isZero();
        assertThat(odd.out()).contains("\"id\":\"emscad-2\"");
    }

    @Test
    void aMalformedLineOfAJsonlFileIsSkippedWhenAsked(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("ads.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"title\": \"Cook\", \"description\": \"Line cook for our hotel.\"}\n"
                + "{\"id\": \"b\", \"title\": \"Cook\"\n"
                + "{\"id\": \"c\", \"title\": \"Packer\", \"description\": \"Pay the visa fee first.\"}\n");
        assertThat(assessedSkippingTheMalformed(jsonl, "ads.jsonl:2")).containsExactly("a", "c");
    }

    /**
     * Assesses a file with one malformed record, first without and then with --skip-bad.
     *
     * @return the ids of the ads assessed with --skip-bad
     */
    private static List<String> assessedSkippingTheMalformed(Path file, String malformedAt) throws Exception {
        Run stopped = run("assess", file.toString(), "--json");
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.err().strip()).startsWith("redflag assess: ").contains(malformedAt).doesNotContain("\n");

        Run skipped = run("assess", file.toString(), "--json", "--skip-bad");
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.err().strip()).startsWith("skipped ").contains(malformedAt).doesNotContain("\n");
        return skipped.out().lines().map(l -> Output.JSON.readTree(l).get("id").asString()).toList();
    }

    @Test
    void anUnclosedQuoteLeavesTheRowsBeforeItAssessedWhenSkipping(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("postings.csv");
        Files.writeString(csv, EMSCAD_HEADER
                + "1,Packers,\"Dubai, AE\",,,,\"Pay the visa fee of USD 900 first.\",,,0,0,0,,,,,,1\n"
                + "2,Nurse,\"Leeds, UK\",,,,\"Ward nurse for our surgical unit.,,,0,1,1,,,,,,0\n"
                + "3,Cook,\"Leeds, UK\",,,,Line cook for our hotel kitchen.,,,0,1,1,,,,,,0\n");
        assertThat(assessedSkippingTheMalformed(csv, "postings.csv:3")).containsExactly("emscad-1");
    }

    @Test
    void anAdWithoutTextIsSkippedWhenAsked(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("ads.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"title\": \"Cook\", \"description\": \"Line cook for our hotel.\"}\n"
                + "{\"id\": \"b\", \"description\": null}\n"
                + "{\"id\": \"c\", \"title\": \"Packer\", \"description\": \"Pay the visa fee first.\"}\n");
        assertThat(assessedSkippingTheMalformed(jsonl, "ads.jsonl:2")).containsExactly("a", "c");
    }

    @Test
    void aBinaryFileIsRefusedAsNoText(@TempDir Path dir) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        for (String name : List.of("image.txt", "image.html", "image.jsonl")) {
            Path file = Files.write(dir.resolve(name), png);
            Run r = run("assess", file.toString());
            assertThat(r.code()).as(name).isEqualTo(1);
            assertThat(r.err().strip()).as(name).isEqualTo("redflag assess: " + file + " is not text (it holds NUL bytes): give an "
                    + "ad as HTML, JSON, JSON Lines, CSV or plain text, in UTF-8 or with a byte-order mark");
        }
    }

    @Test
    void textWithAByteOrderMarkIsReadInItsEncoding(@TempDir Path dir) throws Exception {
        String ad = "Work in Dubai. Pay the visa fee of USD 900 first. Your passport is kept by the company.";
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), ad);
        Path utf16 = Files.write(dir.resolve("utf16.txt"), ad.getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path bomJson = Files.writeString(dir.resolve("bom.jsonl"), "\uFEFF{\"id\": \"a\", \"description\": \"" + ad + "\"}\n");
        String expected = assessedWithoutId(utf8);
        assertThat(expected).contains("RECRUITMENT_FEE", "DOCUMENT_RETENTION");
        assertThat(assessedWithoutId(utf16)).isEqualTo(expected);
        assertThat(assessedWithoutId(bomJson)).isEqualTo(expected);
    }

    private static String assessedWithoutId(Path file) {
        Run r = run("assess", "--json", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().replaceFirst("\"id\":\"[^\"]*\",", "");
    }

    @Test
    void aFolderIsNoFileOfAds(@TempDir Path dir) {
        Run r = run("assess", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + dir + " is a folder: give a file of ads");
    }

    @Test
    void aCsvOfAnotherLayoutIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "name,age\nAda,36\n");
        Run r = run("assess", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("redflag assess: ").contains("people.csv").doesNotContain("\n");
    }

    @Test
    void aCsvWithItsHeaderAloneIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("postings.csv");
        Files.writeString(csv, EMSCAD_HEADER);
        Run r = run("assess", csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + csv + " has no rows: there is no ad to assess");
    }

    @Test
    void anOrdinaryNamedEmployersAdIsLowRisk() throws Exception {
        Run r = run("assess", page("named-employer.html").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("level").asString()).isEqualTo("LOW");
        assertThat(json.get("risk").asDouble()).isLessThan(0.3);
    }

    @Test
    void scrapeReadsEveryAdOfTheDemoBoardInBothLayouts() {
        Run r = run("scrape", "--demo", "--demo-ads", "12", "--json");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines).filteredOn(l -> l.contains("global-jobs-hub")).hasSize(6);
        assertThat(lines).filteredOn(l -> l.contains("classifieds-corner")).hasSize(6);
        assertThat(lines).allMatch(l -> l.contains("\"description\":\"") && !l.contains("\"description\":\"\""));
        assertThat(r.err()).contains("0 failures");
    }

    @Test
    void scrapeExitsOneWhenEveryStartUrlIsRefused(@TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("board.json"), "{\"name\": \"board\", \"startUrls\": "
                + "[\"http://127.0.0.1:9/jobs\"], \"adLinks\": \"a\"}");  // loopback, not allowed to this profile
        Run r = run("scrape", "--site", profile.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("redflag scrape: refused http://127.0.0.1:9/jobs").contains("loopback")
                .contains("board: 0 listing pages, 0 ad pages, 0 ads, 0 pages without an ad, 1 failures");
    }

    @Test
    void aProfileWhoseSelectorDoesNotParseIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path sites = Files.createDirectories(dir.resolve("sites"));
        Path profile = Files.writeString(sites.resolve("board.json"), "{\"name\": \"board\", \"startUrls\": "
                + "[\"https://board.example/jobs\"], \"adLinks\": \"a.job[\"}");
        for (Run r : List.of(run("scrape", "--site", profile.toString()),
                run("scan", "--sites", sites.toString(), "--data", dir.resolve("data").toString()))) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").contains(profile.toString())
                    .contains("adLinks \"a.job[\" is not a CSS selector");
        }
        assertThat(dir.resolve("data")).as("refused before the data folder is opened").doesNotExist();
        Run run = run("run", "--schedule", "0 0 2 * * *", "--sites", sites.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("adLinks \"a.job[\" is not a CSS selector");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void twoProfilesNamingOneSiteAreRefusedBeforeTheScan(@TempDir Path dir) throws IOException {
        Path sites = Files.createDirectories(dir.resolve("sites"));
        String profile = "{\"name\": \"board\", \"startUrls\": [\"https://%s.example/jobs\"], \"adLinks\": \"a.job\"}";
        Path first = Files.writeString(sites.resolve("a-board.json"), String.format(profile, "one"));
        Path second = Files.writeString(sites.resolve("b-board.json"), String.format(profile, "two"));
        Run scan = run("scan", "--sites", sites.toString(), "--data", dir.resolve("data").toString());
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.err().strip()).isEqualTo("redflag scan: site profiles " + first + " and " + second
                + " both name the site \"board\": give each site a name of its own");
        assertThat(dir.resolve("data/reports")).as("nothing was scanned").doesNotExist();
    }

    @Test
    void scrapeAndScanRefuseAProfileThatHoldsNullInOneLine(@TempDir Path dir) throws IOException {
        Path sites = Files.createDirectories(dir.resolve("sites"));
        Path profile = Files.writeString(sites.resolve("board.json"), "null\n");
        Run scrape = run("scrape", "--site", profile.toString());
        assertThat(scrape.code()).isEqualTo(1);
        assertThat(scrape.err()).isEqualTo("redflag scrape: site profile " + profile + " holds null, not a JSON object"
                + System.lineSeparator());
        Run scan = run("scan", "--sites", sites.toString(), "--data", dir.resolve("data").toString());
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.err().strip()).as(scan.err()).contains("site profile " + profile + " holds null").doesNotContain("\n");
    }

    private static final String COOK = "{\"id\": \"rf-1\", \"description\": \"Line cook for our hotel kitchen, weekly pay.\", "
            + "\"label\": \"legitimate\"}\n";
    private static final String FEE = "{\"id\": \"rf-2\", \"description\": \"Pay the visa fee first; your passport is kept "
            + "by the agent.\", \"label\": \"exploitative\"}\n";

    @Test
    void corpusValidateOfAFileThatCannotBeReadIsOneLineOnStderrAndExitOne(@TempDir Path dir) {
        for (Path file : List.of(dir.resolve("nope.jsonl"), dir)) {
            Run r = run("corpus", "validate", file.toString());
            assertThat(r.code()).as(file.toString()).isEqualTo(1);
            assertThat(r.out()).as(file.toString()).isEmpty();
            assertThat(r.err()).as(file.toString()).isEqualTo("redflag corpus validate: " + file
                    + (file.equals(dir) ? ": is a folder, not a corpus file" : ": no such file") + System.lineSeparator());
        }
    }

    @Test
    void corpusValidateTellsTheProblemsOnStdoutAndCountsOneInTheSingular(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), COOK + FEE + COOK);
        Run r = run("corpus", "validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(file + ":3: ad id rf-1 again (first at " + file + ":1)",
                file + ": 1 problem");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aCorpusInUtf16WithItsByteOrderMarkReadsAsInUtf8(@TempDir Path dir) throws IOException {
        Path utf8 = Files.writeString(dir.resolve("utf8.jsonl"), COOK + FEE);
        Run expected = run("corpus", "stats", utf8.toString());
        assertThat(expected.code()).as(expected.err()).isZero();
        for (var utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = Files.write(dir.resolve(utf16 + ".jsonl"), ("\uFEFF" + COOK + FEE).getBytes(utf16));
            assertThat(run("corpus", "stats", file.toString())).as(utf16.name()).isEqualTo(expected);
            assertThat(run("corpus", "validate", file.toString()).out()).as(utf16.name()).isEqualTo(file + ": valid"
                    + System.lineSeparator());
        }
    }

    @Test
    void anAdReadAgainFromTheCorpusFilesIsRefusedNamingBothPlaces(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.jsonl"), COOK + FEE);
        Path b = Files.writeString(dir.resolve("b.jsonl"), FEE.replace("rf-2", "rf-3") + COOK);
        Run r = run("export-arff", "--corpus", a.toString(), b.toString(), "--out", dir.resolve("ads.arff").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag export-arff: " + b + ":2: ad id rf-1 again (first at " + a + ":1)");
        assertThat(dir.resolve("ads.arff")).doesNotExist();
    }

    @Test
    void anAdReadAgainIsSkippedAndToldWhenSkippingBadRecords(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.jsonl"), COOK + FEE);
        StringWriter err = new StringWriter();
        CorpusFiles.Loaded loaded = CorpusFiles.load(List.of(a, a), true, new PrintWriter(err, true));
        assertThat(loaded.ads()).extracting(ad -> ad.ad().id()).containsExactly("rf-1", "rf-2");
        assertThat(err.toString()).contains(a + ": skipped 2 malformed records, the first: " + a + ":1: ad id rf-1 again (first at "
                + a + ":1)");
    }

    @Test
    void corpusAgreeCountsAnAdOnceRefusingItsSecondCopy(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("first.jsonl"), COOK + FEE + COOK);
        Path second = Files.writeString(dir.resolve("second.jsonl"), COOK + FEE);
        Run r = run("corpus", "agree", first.toString(), second.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag corpus agree: " + first + ":3: ad id rf-1 again (first at " + first + ":1)");
    }

    @Test
    void aFolderGivenAsACorpusFileIsSaidToBeOne(@TempDir Path dir) {
        Run train = run("train", "--corpus", dir.toString(), "--out", dir.resolve("my.model").toString());
        assertThat(train.code()).isEqualTo(1);
        assertThat(train.err().strip()).isEqualTo("redflag train: " + dir + ": is a folder, not a corpus file");
        Run stats = run("corpus", "stats", dir.toString());
        assertThat(stats.code()).isEqualTo(1);
        assertThat(stats.err().strip()).isEqualTo("redflag corpus stats: " + dir + ": is a folder, not a corpus file");
    }

    @Test
    void aMissingLabelIsToldWithItsPlaceAndTheLabels(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), COOK.replace(", \"label\": \"legitimate\"", ""));
        Run r = run("corpus", "stats", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag corpus stats: " + file
                + ":1: ad rf-1 has no label (one of exploitative, fraudulent or legitimate)");
    }

    @Test
    void corpusSplitRefusesACorpusThatLeavesASideEmptyAndWritesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        for (String content : List.of("", COOK)) {
            Path file = Files.writeString(dir.resolve("ads.jsonl"), content);
            Run r = run("corpus", "split", file.toString(), "--out-dir", out.toString());
            assertThat(r.code()).as(content).isEqualTo(1);
            assertThat(r.err().strip()).as(content).startsWith("redflag corpus split: " + file + ": ").doesNotContain("\n");
            assertThat(out).as(content).doesNotExist();
        }
    }

    @Test
    void aNumberInATextFieldIsRefusedNotReadAsText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), COOK.replace("\"id\": \"rf-1\"", "\"id\": \"rf-1\", \"title\": 5"));
        Run r = run("corpus", "validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().toList()).containsExactly(file + ":1: field title must be text, not a number",
                file + ": 1 problem");
    }

    @Test
    void aScanSettingThatIsNotANumberOrOutOfRangeIsBadUsageNamingTheSetting(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        for (String[] bad : List.of(new String[] {"--redflag.chunk-size=abc", "--redflag.chunk-size=abc is not a valid value"},
                new String[] {"--redflag.crawl-threads=abc", "--redflag.crawl-threads=abc is not a valid value"},
                new String[] {"--redflag.chunk-size=0", "--redflag.chunk-size=0 is out of range"},
                new String[] {"--redflag.crawl-threads=-1", "--redflag.crawl-threads=-1 is out of range"})) {
            Run r = run("scan", "--demo", "--data", data, bad[0]);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1).first().asString().contains(bad[1])
                    .doesNotContain("For input string");
        }
    }

    @Test
    void scanRefusesTheDemoBoardWithASitesFolderAndASitesFolderThatIsAFile(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path sites = java.nio.file.Files.createDirectories(dir.resolve("sites"));
        Run both = run("scan", "--demo", "--sites", sites.toString(), "--data", data);
        assertThat(both.code()).as(both.err()).isEqualTo(2);
        assertThat(both.err().strip().lines()).as(both.err()).hasSize(1).first().asString()
                .contains("--sites DIR or --demo, not both");
        assertThat(dir.resolve("data")).as("refused before the data folder is opened").doesNotExist();

        Path file = java.nio.file.Files.writeString(dir.resolve("afile"), "{}");
        Run notAFolder = run("scan", "--sites", file.toString(), "--data", data);
        assertThat(notAFolder.code()).isEqualTo(1);
        assertThat(notAFolder.err().strip()).isEqualTo("redflag scan: sites folder " + file
                + " is a file, not a folder: give the folder that holds the site profiles (*.json)");
    }
}
