package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.classify.weka.WekaRiskModel;
import org.redflag.models.BinaryMetrics;
import org.redflag.models.ClassifierSpec;
import org.redflag.models.Evaluation;
import org.redflag.models.FeaturizedAd;
import org.redflag.models.Featurizer;
import org.redflag.models.IndicatorMetrics;
import org.redflag.models.ModelEvaluator;
import org.redflag.models.RiskModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Option(names = "--model", paramLabel = "FILE", description = "the model to evaluate (default: the shipped model)")
    Path model;

    @Option(names = "--folds", paramLabel = "K", description = "cross-validate a learner with K folds instead")
    Integer folds;

    @Option(names = "--classifier", paramLabel = "SPEC", defaultValue = "weka.classifiers.functions.Logistic -R 1.0 -M 200",
            description = "with --folds: the Weka learner (default: ${DEFAULT-VALUE})")
    String classifier;

    @Option(names = "--words", paramLabel = "N", defaultValue = "3000", description = "with --folds: words to keep")
    int words;

    @Option(names = "--text-only", description = "with --folds: text features only")
    boolean textOnly;

    @Option(names = "--json", description = "print the metrics as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WekaRiskModel m = folds == null ? (model != null ? ModelFiles.read(model) : ModelFiles.readDefault()) : null;
        CorpusFiles.Loaded loaded = corpus.load(err);
        Featurizer featurizer = Featurizer.withDefaults();
        List<FeaturizedAd> ads = featurizer.featurize(loaded.ads(), new Progress(err, "analysing", loaded.ads().size()));
        ModelEvaluator evaluator = new ModelEvaluator(s -> { err.println(s); err.flush(); });
        Evaluation e = folds == null ? evaluator.heldOut(m, ads)
                : evaluator.crossValidate(ads, featurizer.features().featureNames(),
                        new RiskModelTrainer.Settings(new ClassifierSpec(classifier), words, !textOnly, 42), folds);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Output.JSON.writeValueAsString(jsonOf(e)) : text(e));
        out.flush();
        return 0;
    }

    static Map<String, Object> jsonOf(Evaluation e) {
        BinaryMetrics c = e.classifier();
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("method", e.method());
        m.put("model", e.model());
        m.put("ads", c.ads());
        m.put("precision", c.precision());
        m.put("recall", c.recall());
        m.put("f1", c.f1());
        m.put("rocAuc", c.rocAuc());
        m.put("prAuc", c.prAuc());
        m.put("confusion", Map.of("tp", c.truePositives(), "fp", c.falsePositives(), "tn", c.trueNegatives(), "fn", c.falseNegatives()));
        m.put("calibration", c.calibration());
        if (e.indicators() != null) {
            IndicatorMetrics i = e.indicators();
            m.put("indicators", Map.of("ads", i.ads(), "microPrecision", i.microPrecision(), "microRecall", i.microRecall(),
                    "microF1", i.microF1(), "perCode", i.perCode()));
        }
        return m;
    }

    private static String text(Evaluation e) {
        BinaryMetrics c = e.classifier();
        StringBuilder sb = new StringBuilder();
        sb.append(e.method()).append(", ").append(e.model()).append('\n');
        sb.append(String.format("ads %d   precision %.3f   recall %.3f   F1 %.3f   ROC-AUC %.3f   PR-AUC %.3f%n", c.ads(),
                c.precision(), c.recall(), c.f1(), c.rocAuc(), c.prAuc()));
        sb.append(String.format("confusion: %d risky caught, %d missed, %d legitimate flagged, %d legitimate passed%n",
                c.truePositives(), c.falseNegatives(), c.falsePositives(), c.trueNegatives()));
        sb.append("calibration (risk range: ads, mean risk, share risky):\n");
        for (BinaryMetrics.CalibrationBin b : c.calibration()) {
            if (b.ads() > 0) {
                sb.append(String.format("  %.1f-%.1f: %4d  %.2f  %.2f%n", b.from(), b.to(), b.ads(), b.meanRisk(), b.riskyShare()));
            }
        }
        if (e.indicators() != null) {
            IndicatorMetrics i = e.indicators();
            sb.append(String.format("indicators on %d annotated ads: micro precision %.3f, recall %.3f, F1 %.3f%n", i.ads(),
                    i.microPrecision(), i.microRecall(), i.microF1()));
            i.perCode().forEach((code, s) -> sb.append(String.format("  %-26s P %.2f  R %.2f  F1 %.2f  (%d)%n", code,
                    s.precision(), s.recall(), s.f1(), s.support())));
        }
        return sb.toString().stripTrailing();
    }
}
