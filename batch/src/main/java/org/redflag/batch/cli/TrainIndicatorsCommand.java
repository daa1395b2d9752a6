package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.redflag.RedflagException;
import org.redflag.corpus.Label;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.sentences.IndicatorSentenceModel;
import org.redflag.models.Featurizer;
import org.redflag.models.IndicatorSentenceTrainer;
import org.redflag.nlp.AnalyzedAd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag train-indicators}: trains the sentence model that finds indicators beside the rules. */
@Command(name = "train-indicators", mixinStandardHelpOptions = true,
        description = {"Trains the indicator-sentence model on annotated ads (the corpus's indicators and evidence): a logistic "
                + "model per indicator over the n-grams of each passage, kept only for the indicators where it finds, on "
                + "held-out training ads, more of what the shipped rules miss than it adds in error.",
                "Train it on the training part of a split only, so that the test part measures it fairly."},
        footer = {"", "Example:", "  redflag corpus split ads.jsonl --test 0.2 --seed 7 --out-dir splits/",
                "  redflag train-indicators --corpus splits/ads-train.jsonl --out indicator-sentences.model"})
final class TrainIndicatorsCommand implements Callable<Integer> {

    @Mixin
    CorpusFiles corpus;

    @Option(names = "--unseen", arity = "1..*", paramLabel = "FILE", description = {"more annotated ads, ones the rules were not "
            + "tuned on: trained on too, and each indicator's threshold is chosen by cross-validation on them (default: on all ads)"})
    List<Path> unseen = List.of();

    @Option(names = "--background", arity = "1..*", paramLabel = "FILE", description = {"real job ads, e.g. EMSCAD's CSV: an "
            + "indicator the rules find in 2 %% or fewer of their legitimate ones (their other ads are left out), the model may "
            + "add to at most 1 %% of them, a check that it has not learnt the corpus's style instead of the indicator "
            + "(default: no such check)"})
    List<Path> background = List.of();

    @Option(names = "--focused", arity = "1..*", paramLabel = "FILE", description = {"ads written and annotated for the one "
            + "indicator of --focus alone: paraphrases that show it, with its evidence, and near misses that do not. They teach "
            + "that indicator's model and no other's, in every fold, and choose no threshold (default: none)"})
    List<Path> focused = List.of();

    @Option(names = "--focus", paramLabel = "CODE", description = "the indicator the --focused ads were written for")
    Indicator focus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OptionCombinations.onlyWith(spec, !focused.isEmpty(), "--focused FILE...", "it names the indicator the --focused "
                + "ads were written for", "--focus");
        OptionCombinations.onlyWith(spec, focus != null, "--focus CODE", "the --focused ads teach the model of the "
                + "indicator they were written for, which --focus names", "--focused");
        OutputFiles.checkWritable(out, Stream.of(corpus.files, unseen, focused, background).flatMap(List::stream).toList());
        List<LabelledAd> annotated = new ArrayList<>(annotated(corpus.files, err));
        int seen = annotated.size();
        if (!unseen.isEmpty()) {
            annotated.addAll(annotated(unseen, err));
        }
        List<LabelledAd> written = focusedAds(err);
        List<LabelledAd> fair = fair(err);
        Featurizer rules = Featurizer.withRulesOnly();
        List<AnalyzedAd> analyses = rules.analyse(annotated, new Progress(err, "analysing", annotated.size()));
        List<IndicatorSentenceTrainer.TrainingAd> ads = new ArrayList<>();
        for (int i = 0; i < annotated.size(); i++) {
            ads.add(IndicatorSentenceTrainer.TrainingAd.of(annotated.get(i), analyses.get(i),
                    rules.features().extract(analyses.get(i)).indicators(), i >= seen));
        }
        List<IndicatorSentenceTrainer.FocusedAd> focusedAds = new ArrayList<>();
        List<AnalyzedAd> focusedAnalyses = rules.analyse(written, new Progress(err, "analysing focused", written.size()));
        for (int i = 0; i < written.size(); i++) {
            focusedAds.add(new IndicatorSentenceTrainer.FocusedAd(written.get(i), focusedAnalyses.get(i), focus));
        }
        String files = Stream.concat(corpus.files.stream(), unseen.stream()).map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
        IndicatorSentenceModel model = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), m -> {
            err.println(m);
            err.flush();
        }).train(ads, focusedAds, background(rules, fair, err), "trained on " + ads.size() + " annotated ads of " + files
                + (focused.isEmpty() ? "" : "; " + focusedAds.size() + " ads focused on " + focus + " of " + focused.stream()
                        .map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")))
                + (background.isEmpty() ? "" : "; background " + background.stream().map(f -> f.getFileName().toString())
                        .collect(Collectors.joining(", "))));
        model.write(out);
        spec.commandLine().getOut().printf("wrote %s: a sentence model for %d indicators (%s)%n", out, model.scorers().size(),
                model.scorers().keySet().stream().map(Indicator::name).collect(Collectors.joining(", ")));
        return 0;
    }

    /**
     * @return the ads of the focused files, read and checked before any analysis so that a wrong file fails at once
     * @throws RedflagException as {@link IndicatorSentenceTrainer.FocusedAd#check}
     */
    private List<LabelledAd> focusedAds(PrintWriter err) {
        if (focused.isEmpty()) {
            return List.of();
        }
        List<LabelledAd> ads = CorpusFiles.load(focused, corpus.skipBad, err).ads();
        ads.forEach(ad -> IndicatorSentenceTrainer.FocusedAd.check(ad, focus));
        return ads;
    }

    /** @return the legitimate ads of the background files, read before any analysis so that a wrong file fails at once */
    private List<LabelledAd> fair(PrintWriter err) {
        if (background.isEmpty()) {
            return List.of();
        }
        List<LabelledAd> fair = CorpusFiles.load(background, corpus.skipBad, err).ads().stream()
                .filter(a -> a.label() == Label.LEGITIMATE).toList();
        if (fair.isEmpty()) {
            throw new RedflagException("no ad in " + background + " is labelled legitimate");
        }
        return fair;
    }

    /** @return the background ads with what the rules find in them */
    private static List<IndicatorSentenceTrainer.BackgroundAd> background(Featurizer rules, List<LabelledAd> fair, PrintWriter err) {
        if (fair.isEmpty()) {
            return List.of();
        }
        List<AnalyzedAd> analyses = rules.analyse(fair, new Progress(err, "analysing background", fair.size()));
        return analyses.stream().map(a -> new IndicatorSentenceTrainer.BackgroundAd(a, found(rules, a))).toList();
    }

    /** @return the indicators the rules (and the feature extractor's structural checks) find in an analysed ad */
    private static Set<Indicator> found(Featurizer rules, AnalyzedAd analysis) {
        Set<Indicator> found = EnumSet.noneOf(Indicator.class);
        rules.features().extract(analysis).indicators().stream().map(IndicatorMatch::indicator).forEach(found::add);
        return found;
    }

    private List<LabelledAd> annotated(List<Path> files, PrintWriter err) {
        List<LabelledAd> annotated = CorpusFiles.load(files, corpus.skipBad, err).ads().stream().filter(LabelledAd::annotated).toList();
        if (annotated.isEmpty()) {
            throw new RedflagException("no ad in " + files + " is annotated with indicators and evidence");
        }
        return annotated;
    }
}
