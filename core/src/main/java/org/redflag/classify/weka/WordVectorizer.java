package org.redflag.classify.weka;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redflag.features.FeatureVector;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.DictionaryBuilder;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;
import weka.core.Utils;
import weka.core.stemmers.NullStemmer;
import weka.core.tokenizers.NGramTokenizer;
import weka.filters.Filter;
import weka.filters.MultiFilter;
import weka.filters.supervised.instance.ClassBalancer;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * Turns an ad's features straight into the sparse instance that a Redflag model's filter would make of
 * them: the numeric features as they are, and the text's words and word pairs by the trained dictionary,
 * TF-IDF weighted and length-normalised. The filter (a {@code MultiFilter} of {@code StringToWordVector}
 * and {@code ClassBalancer}, as {@code RiskModelTrainer} builds it) gets there the long way: the text
 * stored compressed in a string attribute and decompressed again, a regular-expression split, a tree map
 * of counts and a second dictionary look-up per word by its attribute name. Here each word is looked up
 * once, and every value comes from the very operations, in the very order, that Weka's
 * {@code DictionaryBuilder.vectorizeInstance} applies, so the instance is the same to the bit
 * ({@code ScoringEquivalenceTest}).
 *
 * <p>Only the filter it knows is replaced ({@link #of}): any other filter or chain of filters (a model
 * trained without the numeric features has a {@code Remove} first), tokenizer or stemmer, and any setting
 * whose effect is not reproduced here, leaves the scoring to Weka. One per scoring copy of the classifier:
 * its instances belong to that copy's filtered data set.
 */
final class WordVectorizer {

    private final WekaFeatureSchema schema;
    private final Instances header;
    /** Each dictionary word's attribute in the filtered instance. */
    private final Map<String, Integer> dictionary;
    /** The inverse document frequency of each word attribute's word. */
    private final double[] idfs;
    private final Pattern delimiters;
    private final int minGram;
    private final int maxGram;
    private final boolean lowerCase;
    private final boolean counts;
    private final boolean tf;
    private final boolean idf;
    private final double averageLength;

    private WordVectorizer(WekaFeatureSchema schema, Instances header, Map<String, Integer> dictionary, double[] idfs,
                           NGramTokenizer tokenizer, DictionaryBuilder words) {
        this.schema = schema;
        this.header = header;
        this.dictionary = dictionary;
        this.idfs = idfs;
        // what NGramTokenizer splits on, compiled once
        this.delimiters = Pattern.compile("[" + tokenizer.getDelimiters() + "]");
        this.minGram = tokenizer.getNGramMinSize();
        this.maxGram = tokenizer.getNGramMaxSize();
        this.lowerCase = words.getLowerCaseTokens();
        this.counts = words.getOutputWordCounts();
        this.tf = words.getTFTransform();
        this.idf = words.getIDFTransform();
        this.averageLength = words.getNormalize() ? words.getAverageDocLength() : 0;
    }

    /**
     * @param classifier a scoring copy of a model's classifier, of the features of {@code schema}
     * @param schema the model's features
     * @return a vectorizer for that copy, empty when its filter is not the one this class reproduces
     */
    static Optional<WordVectorizer> of(FilteredClassifier classifier, WekaFeatureSchema schema) {
        try {
            if (field(FilteredClassifier.class, "m_ReorderOriginal", classifier) != null
                    || field(FilteredClassifier.class, "m_ReorderFiltered", classifier) != null
                    || !(classifier.getFilter() instanceof MultiFilter multi) || multi.getClass() != MultiFilter.class) {
                return Optional.empty();
            }
            Filter[] chain = multi.getFilters();
            if (chain.length != 2 || chain[0].getClass() != StringToWordVector.class || chain[1].getClass() != ClassBalancer.class) {
                return Optional.empty();
            }
            DictionaryBuilder words = (DictionaryBuilder) field(StringToWordVector.class, "m_dictionaryBuilder", chain[0]);
            Instances header = multi.getOutputFormat();
            int offset = schema.featureNames().size() + 1;
            if (!(words.getTokenizer() instanceof NGramTokenizer grams) || grams.getClass() != NGramTokenizer.class
                    || grams.getNGramMinSize() < 1 || grams.getNGramMaxSize() < grams.getNGramMinSize()
                    || words.getStemmer().getClass() != NullStemmer.class
                    || !convertsTheTextAlone(words, offset + 1)
                    || (words.getNormalize() && !(words.getAverageDocLength() > 0))
                    || header.classIndex() != offset - 1) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, int[]> trained = (Map<String, int[]>) field(DictionaryBuilder.class, "m_consolidatedDict", words);
            int documents = (Integer) field(DictionaryBuilder.class, "m_count", words);
            if (trained == null || header.numAttributes() != offset + trained.size()) {
                return Optional.empty();
            }
            Map<String, Integer> dictionary = new HashMap<>(trained.size() * 2);
            double[] idfs = new double[header.numAttributes()];
            for (Map.Entry<String, int[]> e : trained.entrySet()) {
                int[] indexAndDocuments = e.getValue();
                int attribute = indexAndDocuments[0] + offset;
                if (words.getIDFTransform()) {
                    // as DictionaryBuilder weighs a word: the log of the training documents over those with the word
                    idfs[attribute] = Math.log((double) documents / indexAndDocuments[1]);
                }
                dictionary.put(e.getKey(), attribute);
            }
            return Optional.of(new WordVectorizer(schema, header, dictionary, idfs, grams, words));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another Weka version, or a filter in a state this class does not know: Weka scores
            return Optional.empty();
        }
    }

    /** @return true when the filter turns the text attribute (the first) into words, and no other of the schema's attributes */
    private static boolean convertsTheTextAlone(DictionaryBuilder words, int attributes) {
        for (int i = 0; i < attributes; i++) {
            if (words.getSelectedRange().isInRange(i) != (i == 0)) {
                return false;
            }
        }
        return true;
    }

    private static Object field(Class<?> owner, String name, Object of) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(of);
    }

    /**
     * @param features an ad's features
     * @return the filtered instance, as the model's filter would make it (its class missing); empty for the
     *     rare ad whose length normalisation Weka itself cannot carry out (a weight rounding to zero)
     */
    Optional<Instance> vectorize(FeatureVector features) {
        double[] numeric = schema.numericValues(features);
        int[] matched = matchedAttributes(features.text());
        Arrays.sort(matched);
        int offset = numeric.length + 1;
        double[] values = new double[offset + matched.length];
        int[] indices = new int[values.length];
        int n = 0;
        for (int i = 0; i < numeric.length; i++) {
            if (numeric[i] != 0.0) {
                values[n] = numeric[i];
                indices[n++] = i;
            }
        }
        values[n] = Utils.missingValue();
        indices[n++] = offset - 1;
        int firstWord = n;
        double squares = 0.0;
        for (int i = 0; i < matched.length; ) {
            int attribute = matched[i];
            double count = 0;
            while (i < matched.length && matched[i] == attribute) {
                count++;
                i++;
            }
            double value = counts ? count : 1.0;
            if (tf) {
                value = Math.log(value + 1.0);
            }
            if (idf) {
                value *= idfs[attribute];
            }
            if (value != 0.0) {
                values[n] = value;
                indices[n++] = attribute;
                squares += value * value;
            }
        }
        if (averageLength > 0) {
            double length = Math.sqrt(squares);
            for (int i = firstWord; i < n; i++) {
                values[i] = values[i] * averageLength / length;
                if (values[i] == 0.0) {
                    return Optional.empty();
                }
            }
        }
        Instance instance = new SparseInstance(1.0, Arrays.copyOf(values, n), Arrays.copyOf(indices, n), header.numAttributes());
        instance.setDataset(header);
        return Optional.of(instance);
    }

    /** @return the attribute of every word and word pair of the text that the dictionary holds, once per occurrence */
    private int[] matchedAttributes(String text) {
        String[] split = delimiters.split(text);
        String[] tokens = new String[split.length];
        int length = 0;
        for (String token : split) {
            if (!token.isEmpty()) {
                tokens[length++] = token;
            }
        }
        int[] matched = new int[length * (maxGram - minGram + 1)];
        int found = 0;
        for (int size = Math.min(maxGram, length); size >= minGram; size--) {
            for (int start = 0; start + size <= length; start++) {
                String word = gram(tokens, start, size);
                Integer attribute = dictionary.get(lowerCase ? word.toLowerCase() : word);
                if (attribute != null) {
                    matched[found++] = attribute;
                }
            }
        }
        return Arrays.copyOf(matched, found);
    }

    /** @return the tokens from {@code start} on joined by spaces, trimmed: NGramTokenizer's n-gram */
    private static String gram(String[] tokens, int start, int size) {
        if (size == 1) {
            return tokens[start].trim();
        }
        StringBuilder gram = new StringBuilder(tokens[start]);
        for (int i = 1; i < size; i++) {
            gram.append(' ').append(tokens[start + i]);
        }
        return gram.toString().trim();
    }
}
