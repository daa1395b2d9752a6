package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.redflag.classify.ModelCard;
import org.redflag.classify.TrainingAds;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.classify.weka.WekaRiskModel;
import org.redflag.corpus.LabelledAd;
import org.redflag.models.ClassifierSpec;
import org.redflag.models.FeaturizedAd;
import org.redflag.models.Featurizer;
import org.redflag.models.RiskModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag train}: trains a risk model on labelled ads and writes it with its card. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a risk model on labelled ads and writes the model file (Weka model + model card).",
                "Classes: every label but legitimate is risky. Both classes weigh alike (ClassBalancer); the decision "
                        + "threshold is the one that maximises F1 on out-of-fold scores (5-fold cross-validation of the training "
                        + "ads, near-copies kept in one fold), and the model is then trained on all of them."},
        footer = {"", "Examples:", "  redflag train --corpus my-ads.jsonl --out my.model",
                "  redflag train --corpus fake_job_postings.csv --classifier \"weka.classifiers.functions.SMO -M\" --out smo.model"})
final class TrainCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    CorpusFiles corpus;

    @Option(names = "--classifier", paramLabel = "SPEC", description = "any Weka classifier with its options (default: ${DEFAULT-VALUE})",
            defaultValue = ClassifierSpec.DEFAULT_SPEC)
    String classifier;

    @Option(names = "--words", paramLabel = "N", defaultValue = "" + RiskModelTrainer.DEFAULT_WORDS, converter = Ranges.AtLeastOne.class,
            description = "words and word pairs to keep (default: ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--text-only", description = "train on the text alone, without the indicator and structure features")
    boolean textOnly;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + RiskModelTrainer.DEFAULT_SEED, description = "seed of the validation folds (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
    Path out;

    @Option(names = "--command", hidden = true, description = "the command recorded in the card (default: this one)")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RiskModelTrainer.Settings settings = new RiskModelTrainer.Settings(new ClassifierSpec(classifier), words, !textOnly, seed);
        settings.classifier().newClassifier(); // a bad option string fails now, not after the analysis
        OutputFiles.checkWritable(out, corpus.files);
        CorpusFiles.Loaded loaded = corpus.load(err);
        Featurizer featurizer = Featurizer.withDefaults();
        List<FeaturizedAd> ads = featurizer.featurize(loaded.ads(), new Progress(err, "analysing", loaded.ads().size()));
        String cmd = command != null ? command : "redflag " + ShellCommand.of(spec.commandLine().getParseResult().originalArgs());
        WekaRiskModel model = new RiskModelTrainer(settings, m -> { err.println(m); err.flush(); })
                .train(ads, featurizer.features().featureNames(), featurizer.analyzerName(),
                        new RiskModelTrainer.Provenance(loaded.files(), cmd));
        TrainingAds trainingAds = TrainingAds.of(loaded.ads().stream().map(LabelledAd::ad).toList());
        ModelCard card = ModelFiles.write(model.classifier(), model.card(), trainingAds, out);
        spec.commandLine().getOut().printf("wrote %s: model %s, threshold %.3f, validation F1 %.3f%n", out, card.id(),
                card.highThreshold(), card.metrics().get("validation.f1"));
        return 0;
    }
}
