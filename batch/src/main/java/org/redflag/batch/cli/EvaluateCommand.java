package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redflag.RedflagException;
import org.redflag.classify.TrainingAds;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.classify.weka.WekaRiskModel;
import org.redflag.features.IndicatorMatch;
import org.redflag.models.BinaryMetrics;
import org.redflag.models.ClassifierSpec;
import org.redflag.models.Evaluation;
import org.redflag.models.EvaluationReport;
import org.redflag.models.FeaturizedAd;
import org.redflag.models.Featurizer;
import org.redflag.models.IndicatorMetrics;
import org.redflag.models.ModelEvaluator;
import org.redflag.models.RiskModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redflag evaluate}: measures a model on held-out ads, or a learner by grouped cross-validation. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures risk classification (precision, recall, F1 of the risky class, ROC-AUC, PR-AUC, confusion "
                + "matrix, calibration) and, where the corpus annotates them, indicator detection per code.",
                "With --folds: k-fold cross-validation, stratified, near-copies kept in one fold. Otherwise: the model "
                        + "(default or --model) on the given ads, which it must not have seen."},
        footer = {"", "Examples:", "  redflag evaluate --corpus held-out.jsonl --model my.model",
                "  redflag evaluate --corpus fake_job_postings.csv --folds 5 --json"})
final class EvaluateCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    CorpusFiles corpus;

    @Option(names = "--model", paramLabel = "FILE", description = "the model to evaluate, not with --folds (default: the shipped model)")
    Path model;

    @Option(names = "--folds", paramLabel = "K", converter = Ranges.Folds.class, description = "cross-validate a learner with K folds instead")
    Integer folds;

    @Option(names = "--classifier", paramLabel = "SPEC",
            description = "with --folds: the Weka learner with its options; repeat it to compare learners on the same "
                    + "analysed ads (default: the default model's learner)")
    List<String> classifiers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + RiskModelTrainer.DEFAULT_SEED,
            description = "with --folds: the seed that deals the near-copy groups into folds (and each fold's threshold "
                    + "folds); another seed gives another fold assignment, to choose a learner on folds other than the "
                    + "ones it is measured on (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--words", paramLabel = "N", defaultValue = "" + RiskModelTrainer.DEFAULT_WORDS, converter = Ranges.AtLeastOne.class,
            description = "with --folds: words to keep")
    int words;

    @Option(names = "--features", paramLabel = "SET", split = ",", defaultValue = "all",
            description = "with --folds: all (text, indicator, structure and attribute features), text (text alone), "
                    + "or both to compare them (default: ${DEFAULT-VALUE})")
    List<FeatureSet> featureSets;

    /** Which features a cross-validated learner sees. */
    enum FeatureSet { all, text }

    @Option(names = "--json", description = "print the metrics as JSON")
    boolean json;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "indicator rules from DIR (files CODE.rules, negation-cues.txt, negation-boundaries.txt) in place of the shipped ones, "
                    + "for a file DIR does not have")
    Path rules;

    @Option(names = "--sentence-model", paramLabel = "FILE",
            description = "an indicator-sentence model (redflag train-indicators) in place of the shipped one")
    Path sentenceModel;

    @Option(names = "--indicators-only", description = "measure indicator detection alone, without a model")
    boolean indicatorsOnly;

    @Option(names = "--report", paramLabel = "DIR",
            description = "also write an HTML report (ROC, precision-recall and calibration plots) into DIR; one "
                    + "sub-directory per learner when several are compared")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkCombinations();
        PrintWriter err = spec.commandLine().getErr();
        if (report != null) {
            OutputFiles.createFolder(report);
        }
        WekaRiskModel m = folds != null || indicatorsOnly ? null : model != null ? ModelFiles.read(model) : ModelFiles.readDefault();
        CorpusFiles.Loaded loaded = corpus.load(err);
        long risky = loaded.ads().stream().filter(a -> a.label().isRisky()).count();
        if (!indicatorsOnly && (risky == 0 || risky == loaded.ads().size())) {
            // precision, recall and the AUCs of one class alone are 0 or undefined: say so instead of printing them
            throw new RedflagException("evaluate needs risky and legitimate ads: all " + loaded.ads().size() + " ads of "
                    + corpus.files + " are " + (risky == 0 ? "legitimate" : "risky"));
        }
        int seen = 0;
        if (m != null) {
            TrainingAds trainingAds = model != null ? ModelFiles.readTrainingAds(model)
                    : ModelFiles.readDefaultTrainingAds();
            seen = warnOfSeenAds(err, loaded, trainingAds, m.card().id());
        }
        Featurizer featurizer = Featurizer.withDetection(rules, sentenceModel);
        List<FeaturizedAd> ads = featurizer.featurize(loaded.ads(), new Progress(err, "analysing", loaded.ads().size()));
        ModelEvaluator evaluator = new ModelEvaluator(s -> { err.println(s); err.flush(); });
        PrintWriter out = spec.commandLine().getOut();
        if (indicatorsOnly) {
            IndicatorMetrics i = IndicatorMetrics.of(ads);
            if (i == null) {
                throw new RedflagException("no ad of " + corpus.files + " is annotated with indicators");
            }
            out.println(json ? Output.JSON.writeValueAsString(i) : indicatorText(i));
            out.flush();
            return 0;
        }
        if (folds == null) {
            Evaluation e = evaluator.onAds(m, ads, seen);
            print(out, e);
            writeReport(err, e, report);
            return 0;
        }
        List<String> learners = classifiers == null ? List.of(ClassifierSpec.DEFAULT.spec()) : classifiers;
        List<FeatureSet> sets = List.copyOf(new java.util.LinkedHashSet<>(featureSets));
        boolean comparing = learners.size() * sets.size() > 1;
        if (comparing && !json) {
            out.println(String.format(ROW, "learner", "features", "P", "R", "F1", "ROC-AUC", "PR-AUC").stripTrailing());
            out.flush();
        }
        List<Evaluation> results = new java.util.ArrayList<>();
        for (String learner : learners) {
            for (FeatureSet set : sets) {
                Evaluation e;
                try {
                    e = evaluator.crossValidate(ads, featurizer.features().featureNames(),
                            new RiskModelTrainer.Settings(new ClassifierSpec(learner), words, set == FeatureSet.all, seed), folds);
                } catch (RedflagException failed) {
                    if (!comparing) {
                        throw failed;
                    }
                    err.println("redflag evaluate: " + learner + " (" + set + "): " + failed.getMessage());
                    continue;
                }
                results.add(e);
                if (comparing && !json) {
                    BinaryMetrics c = e.classifier();
                    out.println(String.format(ROW, learner, set, f(c.precision()), f(c.recall()), f(c.f1()), f(c.rocAuc()),
                            f(c.prAuc())));
                    out.flush();
                }
                writeReport(err, e, report == null || !comparing ? report : report.resolve("learner-" + results.size()));
            }
        }
        if (!comparing) {
            print(out, results.get(0));
        } else if (json) {
            out.println(Output.JSON.writeValueAsString(results.stream().map(EvaluateCommand::jsonOf).toList()));
        }
        out.flush();
        return results.isEmpty() ? 1 : 0;
    }

    /** Refuses options that would do nothing in the combination given: their user would take one measure for another. */
    private void checkCombinations() {
        OptionCombinations.notWith(spec, indicatorsOnly, "--indicators-only", "indicator detection is measured without a model "
                + "or a learner", "--model", "--folds", "--classifier", "--words", "--seed", "--features", "--report");
        OptionCombinations.onlyWith(spec, folds != null, "--folds", "without --folds no learner is trained, the model "
                + "(the shipped one or --model) is measured", "--classifier", "--words", "--seed", "--features");
        OptionCombinations.notWith(spec, folds != null, "--folds", "cross-validation trains the learner (--classifier) on "
                + "each fold and measures no model file", "--model");
    }

    /**
     * Tells, before the long analysis, how many ads the model was trained on: its scores there prove nothing.
     *
     * @return how many
     */
    private int warnOfSeenAds(PrintWriter err, CorpusFiles.Loaded loaded, TrainingAds trainingAds, String modelId) {
        int seen = (int) loaded.ads().stream().filter(a -> trainingAds.contains(a.ad())).count();
        if (seen > 0) {
            err.printf("warning: %d of the %d ads of %s were in the training data of model %s (the same text): on "
                    + "them the numbers show what the model remembers, not how it does on new ads%n", seen,
                    loaded.ads().size(), corpus.files.size() == 1 ? corpus.files.get(0) : corpus.files, modelId);
            err.flush();
        }
        return seen;
    }

    private static final String ROW = "%-60s %-8s %6s %6s %6s %7s %6s";

    private static String f(double v) {
        return Output.measure(v, 3);
    }

    private static void writeReport(PrintWriter err, Evaluation e, Path dir) {
        if (dir != null) {
            err.println("report: " + EvaluationReport.write(e, dir));
            err.flush();
        }
    }

    private void print(PrintWriter out, Evaluation e) {
        out.println(json ? Output.JSON.writeValueAsString(jsonOf(e)) : text(e));
    }

    /**
     * @param e an evaluation
     * @return its JSON, every map in it ordered, so that two identical runs print the same bytes
     */
    static Map<String, Object> jsonOf(Evaluation e) {
        BinaryMetrics c = e.classifier();
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("method", e.method());
        m.put("model", e.model());
        m.put("ads", c.ads());
        m.put("seenInTraining", e.seenInTraining());
        m.put("precision", c.precision());
        m.put("recall", c.recall());
        m.put("f1", c.f1());
        m.put("rocAuc", c.rocAuc());
        m.put("prAuc", c.prAuc());
        Map<String, Object> confusion = new java.util.LinkedHashMap<>();
        confusion.put("tp", c.truePositives());
        confusion.put("fp", c.falsePositives());
        confusion.put("tn", c.trueNegatives());
        confusion.put("fn", c.falseNegatives());
        m.put("confusion", confusion);
        m.put("calibration", c.calibration());
        if (e.indicators() != null) {
            IndicatorMetrics i = e.indicators();
            Map<String, Object> indicators = new java.util.LinkedHashMap<>();
            indicators.put("ads", i.ads());
            indicators.put("microPrecision", i.microPrecision());
            indicators.put("microRecall", i.microRecall());
            indicators.put("microF1", i.microF1());
            indicators.put("perCode", i.perCode());
            m.put("indicators", indicators);
        }
        return m;
    }

    private static String text(Evaluation e) {
        BinaryMetrics c = e.classifier();
        StringBuilder sb = new StringBuilder();
        sb.append(e.method()).append(", ").append(e.model()).append('\n');
        sb.append(String.format(Locale.ROOT, "ads %d   precision %.3f   recall %.3f   F1 %.3f   ROC-AUC %.3f   PR-AUC %.3f%n", c.ads(),
                c.precision(), c.recall(), c.f1(), c.rocAuc(), c.prAuc()));
        sb.append(String.format(Locale.ROOT, "confusion: %d risky caught, %d missed, %d legitimate flagged, %d legitimate passed%n",
                c.truePositives(), c.falseNegatives(), c.falsePositives(), c.trueNegatives()));
        sb.append("calibration (risk range: ads, mean risk, share risky):\n");
        for (BinaryMetrics.CalibrationBin b : c.calibration()) {
            if (b.ads() > 0) {
                sb.append(String.format(Locale.ROOT, "  %.1f-%.1f: %4d  %.2f  %.2f%n", b.from(), b.to(), b.ads(), b.meanRisk(), b.riskyShare()));
            }
        }
        if (e.indicators() != null) {
            sb.append(indicatorText(e.indicators()));
        }
        return sb.toString().stripTrailing();
    }

    private static String indicatorText(IndicatorMetrics i) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "indicators on %d annotated ads: micro precision %s, recall %s, "
                + "F1 %s%n", i.ads(), f(i.microPrecision()), f(i.microRecall()), f(i.microF1())));
        i.perCode().forEach((code, s) -> sb.append(String.format(Locale.ROOT,
                "  %-26s P %4s  R %4s  F1 %4s  (%d annotated; P on %d finds, 95 %% interval %.2f-%.2f)%n", code,
                Output.measure(s.precision(), 2), Output.measure(s.recall(), 2), Output.measure(s.f1(), 2), s.support(), s.finds(),
                s.precisionInterval().low(), s.precisionInterval().high())));
        i.bySource().forEach((source, s) -> sb.append(String.format(Locale.ROOT, "  found by %-6s %5d finds, precision %s, evidence on the "
                + "annotated words in %s %% of right finds%n", source == IndicatorMatch.Source.RULE ? "rules" : "model", s.finds(),
                f(s.precision()), Output.measure(100 * s.onAnnotatedWords(), 0))));
        return sb.toString().stripTrailing();
    }
}
