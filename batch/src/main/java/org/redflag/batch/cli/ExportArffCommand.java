package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.redflag.models.ArffExport;
import org.redflag.models.FeaturizedAd;
import org.redflag.models.Featurizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag export-arff}: the training data as Weka sees it, for the Weka Explorer. */
@Command(name = "export-arff", mixinStandardHelpOptions = true,
        description = "Writes labelled ads as an ARFF file for the Weka Explorer: lemmatised text, indicator and structure features, class.",
        footer = {"", "Example:", "  redflag export-arff --corpus my-ads.jsonl --out my-ads.arff"})
final class ExportArffCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    CorpusFiles corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the ARFF file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputFiles.checkWritable(out, corpus.files);
        CorpusFiles.Loaded loaded = corpus.load(err);
        Featurizer featurizer = Featurizer.withDefaults();
        List<FeaturizedAd> ads = featurizer.featurize(loaded.ads(), new Progress(err, "analysing", loaded.ads().size()));
        ArffExport.write(ads, featurizer.features().featureNames(), out);
        spec.commandLine().getOut().printf("wrote %d ads to %s%n", ads.size(), out);
        return 0;
    }
}
