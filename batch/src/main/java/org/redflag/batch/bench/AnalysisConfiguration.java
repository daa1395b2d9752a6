package org.redflag.batch.bench;

import java.util.Properties;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

/**
 * The CoreNLP configurations the benchmark compares, from the default (no statistical NER) to
 * CoreNLP's default NER models. NER always runs without SUTime, fine-grained classes and entity
 * mentions ({@link CoreNlpTextAnalyzer#properties}).
 */
public enum AnalysisConfiguration {

    /** tokenize, ssplit, pos, lemma: Redflag's default. */
    POS_LEMMA("pos-lemma", CoreNlpTextAnalyzer.DEFAULT_ANNOTATORS, null),
    /** + ner with the 3-class model only (person, location, organisation) and the numeric classifiers. */
    NER_3CLASS("ner-3class", CoreNlpTextAnalyzer.DEFAULT_ANNOTATORS + ",ner",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
    /** + ner with CoreNLP's default models (3, 7 and 4 classes). */
    NER_DEFAULT("ner-default", CoreNlpTextAnalyzer.DEFAULT_ANNOTATORS + ",ner", null);

    private final String label;
    private final String annotators;
    private final String nerModel;

    AnalysisConfiguration(String label, String annotators, String nerModel) {
        this.label = label;
        this.annotators = annotators;
        this.nerModel = nerModel;
    }

    /** @return the name the command line takes: pos-lemma, ner-3class or ner-default */
    public String label() {
        return label;
    }

    /** @return the annotators, comma-separated */
    public String annotators() {
        return annotators;
    }

    /** @return the CoreNLP properties of this configuration, the same for Redflag and for bare CoreNLP */
    public Properties properties() {
        Properties p = CoreNlpTextAnalyzer.properties(annotators);
        if (nerModel != null) {
            p.setProperty("ner.model", nerModel);
        }
        return p;
    }

    /**
     * @param label a configuration's label
     * @return the configuration
     * @throws IllegalArgumentException for an unknown label, naming the known ones
     */
    public static AnalysisConfiguration of(String label) {
        for (AnalysisConfiguration c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown analysis '" + label + "' (use pos-lemma, ner-3class or ner-default)");
    }
}
