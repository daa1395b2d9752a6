package org.redflag.features.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramVectorizerTest {

    @Test
    void aWordGivesItsPaddedCharacterNgramsAndItselfAndWordPairs() {
        Map<String, Integer> terms = NgramVectorizer.terms("Pay pay fee");
        assertThat(terms).containsEntry("c  pa", 2).containsEntry("c pay", 2).containsEntry("c ay ", 2)
                .containsEntry("c  pay", 2).containsEntry("c pay ", 2).containsEntry("c  pay ", 2)
                .containsEntry("w pay", 2).containsEntry("w fee", 1).containsEntry("w pay pay", 1).containsEntry("w pay fee", 1);
        assertThat(terms).as("a word of five letters or fewer, padded, is its own longest n-gram").containsKey("c  fee ");
    }

    @Test
    void wordsInOtherScriptsAreNgramsOfTheirLettersNotOfHalfCharacters() {
        assertThat(NgramVectorizer.terms("паспорт 🙂")).containsKey("c  па").containsKey("w паспорт").containsKey("c  🙂 ");
    }

    @Test
    void eachBlockHasUnitLengthAndUnknownTermsAreLeftOut() {
        NgramVectorizer v = NgramVectorizer.fit(List.of("passport kept by the company", "salary paid monthly", "passport kept"), 1);
        SparseVector x = v.vector("passport kept zzzz");
        assertThat(x.columns()).isSorted();
        double squares = 0;
        for (float value : x.values()) {
            squares += value * value;
        }
        assertThat(squares).as("two blocks of unit length").isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(v.vector("zzzz qqqq").columns()).isEmpty();
    }

    @Test
    void aVectorIsTheDampedCountsOfItsLearntTermsTimesTheirWeightsToTheBit() {
        NgramVectorizer v = NgramVectorizer.fit(List.of("Pay the visa fee first.", "Your passport is kept by the company",
                "паспорт у работодателя", "e-mail CV to hr@agency.example", "招聘工厂工人，包吃包住", "fee fee fee 🙂"), 1);
        List<String> passages = List.of("Pay the fee, pay the visa fee, then pay again!", "passport kept kept kept",
                "PASSPORT is kept; паспорт у нас", "e-mail e-mail: hr@agency.example (fee)", "包吃包住 fee", "🙂 🙂", "a",
                "", "   ", "zzzz qqqq");
        for (int round = 0; round < 2; round++) { // the second round meets every word as known
            for (String passage : passages) {
                SparseVector expected = reference(v, passage);
                SparseVector actual = v.vector(passage);
                assertThat(actual.columns()).as(passage).containsExactly(expected.columns());
                assertThat(actual.values()).as(passage).containsExactly(expected.values());
            }
        }
    }

    /** The vector by the definition: each learnt term's (1 + ln count) times its weight, each block scaled to unit length. */
    private static SparseVector reference(NgramVectorizer v, String passage) {
        java.util.TreeMap<Integer, Float> weights = new java.util.TreeMap<>();
        java.util.Set<Integer> wordColumns = new java.util.HashSet<>();
        NgramVectorizer.terms(passage).forEach((term, count) -> {
            if (v.column(term) >= 0) {
                weights.put(v.column(term), (float) ((1 + Math.log(count)) * v.idf(term)));
                if (term.startsWith("w ")) {
                    wordColumns.add(v.column(term));
                }
            }
        });
        double words = 0;
        double chars = 0;
        for (var e : weights.entrySet()) {
            double square = e.getValue() * (double) e.getValue();
            if (wordColumns.contains(e.getKey())) {
                words += square;
            } else {
                chars += square;
            }
        }
        int[] columns = new int[weights.size()];
        float[] values = new float[weights.size()];
        int i = 0;
        for (var e : weights.entrySet()) {
            columns[i] = e.getKey();
            values[i++] = (float) (e.getValue() / Math.sqrt(wordColumns.contains(e.getKey()) ? words : chars));
        }
        return new SparseVector(columns, values);
    }

    @Test
    void aRarerTermWeighsMoreAndTermsUnderTheFloorAreNotKept() {
        NgramVectorizer v = NgramVectorizer.fit(List.of("visa free", "visa paid", "visa ticket", "ticket"), 2);
        assertThat(v.idf("w ticket")).as("ticket is in 2 passages, visa in 3").isGreaterThan(v.idf("w visa"));
        assertThat(v.idf("w free")).as("'free' is in one passage only").isNaN();
        assertThat(v.vector("free").columns()).isEmpty();
    }

    @Test
    void aScoreIsSharedAmongTheWordsThatCarryItAndTheSharesAddUpToIt() {
        NgramVectorizer v = NgramVectorizer.fit(List.of("passport kept by the boss", "salary paid every month"), 1);
        float[] weights = new float[v.size()];
        for (int column : v.vector("passport kept").columns()) {
            weights[column] = 1;
        }
        String passage = "Salary paid,  passport kept.";
        List<NgramVectorizer.WordShare> words = v.wordShares(passage, weights);
        assertThat(words).extracting(w -> passage.substring(w.start(), w.end()))
                .containsExactly("Salary", "paid,", "passport", "kept.");
        assertThat(words.stream().mapToDouble(NgramVectorizer.WordShare::share).sum())
                .isCloseTo(v.vector(passage).dot(weights), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(words.get(0).share()).as("salary shares no term with 'passport kept'").isZero();
        assertThat(words.get(2).share()).isGreaterThan(words.get(1).share());
        assertThat(words.get(3).share()).isGreaterThan(words.get(1).share());
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() throws Exception {
        NgramVectorizer v = NgramVectorizer.fit(List.of("passport kept by the company", "salary paid monthly"), 1);
        var bytes = new java.io.ByteArrayOutputStream();
        v.write(new java.io.DataOutputStream(bytes));
        NgramVectorizer back = NgramVectorizer.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        SparseVector a = v.vector("the passport is kept");
        SparseVector b = back.vector("the passport is kept");
        assertThat(b.columns()).isEqualTo(a.columns());
        assertThat(b.values()).isEqualTo(a.values());
    }
}
