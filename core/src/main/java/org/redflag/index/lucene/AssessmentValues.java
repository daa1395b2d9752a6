package org.redflag.index.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.redflag.classify.RiskLevel;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.Span;

/**
 * The part of an assessment that a re-scoring changes, its risk, level and model id, kept in doc values
 * that {@link org.apache.lucene.index.IndexWriter#updateDocValues} changes in place: a new model's
 * assessment is written without re-indexing the ad's text. These fields are doc values only (Lucene
 * updates no other kind), so the risk and level filters are doc-values queries. Beside them, the digest of
 * the indicators the assessment was stored with tells whether a new assessment changes only these values.
 */
final class AssessmentValues {

    /** The risk, 0 while pending: a {@link DoubleDocValuesField}, whose long is the double's bits (ordered as the risks are, none being negative). */
    static final String RISK = AdDocuments.RISK;
    /** The level: the {@link RiskLevel}'s ordinal, absent while pending. */
    static final String LEVEL = AdDocuments.LEVEL;
    /** The model id, UTF-8, absent while pending. */
    static final String MODEL = AdDocuments.MODEL;
    /** The first 8 bytes of the SHA-256 of the stored indicators, absent while pending. */
    static final String INDICATORS_DIGEST = "indicators_digest";

    /**
     * A stored assessment's values.
     *
     * @param risk the risk
     * @param level its level
     * @param model the model id
     */
    record Values(double risk, RiskLevel level, String model) {
    }

    private AssessmentValues() {
    }

    /**
     * @param doc a new document
     * @param values its assessment's values, null while it waits for analysis
     * @param indicatorsDigest the {@link #digest} of its indicators, ignored while pending
     */
    static void add(Document doc, Values values, long indicatorsDigest) {
        if (values == null) {
            doc.add(new DoubleDocValuesField(RISK, 0.0));
            return;
        }
        for (Field f : updates(values)) {
            doc.add(f);
        }
        doc.add(new NumericDocValuesField(INDICATORS_DIGEST, indicatorsDigest));
    }

    /**
     * @param values an assessment's values
     * @return the fields that replace a stored assessment's values in place
     */
    static Field[] updates(Values values) {
        return new Field[] {new DoubleDocValuesField(RISK, values.risk()),
                new NumericDocValuesField(LEVEL, values.level().ordinal()),
                new BinaryDocValuesField(MODEL, new BytesRef(values.model()))};
    }

    /**
     * @param reader a reader
     * @param doc a document of it
     * @return the document's assessment values; empty while it waits for analysis
     */
    static Optional<Values> read(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        LeafReader r = leaf.reader();
        int d = doc - leaf.docBase;
        NumericDocValues level = r.getNumericDocValues(LEVEL);
        if (level == null || !level.advanceExact(d)) {
            return Optional.empty();
        }
        NumericDocValues risk = r.getNumericDocValues(RISK);
        BinaryDocValues model = r.getBinaryDocValues(MODEL);
        if (risk == null || !risk.advanceExact(d) || model == null || !model.advanceExact(d)) {
            throw new IllegalStateException("document " + doc + " has a level but no risk or model");
        }
        return Optional.of(new Values(Double.longBitsToDouble(risk.longValue()), RiskLevel.values()[(int) level.longValue()],
                model.binaryValue().utf8ToString()));
    }

    /**
     * @param reader a reader
     * @param doc a document of it
     * @return the digest of its stored indicators; empty while it waits for analysis
     */
    static OptionalLong indicatorsDigest(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        NumericDocValues digest = leaf.reader().getNumericDocValues(INDICATORS_DIGEST);
        return digest != null && digest.advanceExact(doc - leaf.docBase) ? OptionalLong.of(digest.longValue()) : OptionalLong.empty();
    }

    /**
     * @param minRisk the least risk, above 0
     * @return the query for the ads whose risk is at least that
     */
    static Query minRisk(double minRisk) {
        return NumericDocValuesField.newSlowRangeQuery(RISK, Double.doubleToRawLongBits(minRisk), Double.doubleToRawLongBits(1.0));
    }

    /**
     * @param level a level
     * @return the query for the ads at that level
     */
    static Query level(RiskLevel level) {
        return NumericDocValuesField.newSlowExactQuery(LEVEL, level.ordinal());
    }

    /**
     * A digest of indicators with their evidence and what found them, the same in every process: two lists with the same
     * digest are taken to be the same (a chance collision is one in 2^64).
     *
     * @param indicators an assessment's indicators
     * @return their digest
     */
    static long digest(List<IndicatorMatch> indicators) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        ByteBuffer ints = ByteBuffer.allocate(12);
        for (IndicatorMatch m : indicators) {
            sha.update(m.indicator().name().getBytes(StandardCharsets.UTF_8));
            sha.update(m.source().name().getBytes(StandardCharsets.UTF_8));
            for (Span s : m.evidence()) {
                sha.update((byte) 0);
                sha.update(s.field().name().getBytes(StandardCharsets.UTF_8));
                ints.clear();
                sha.update(ints.putInt(s.start()).putInt(s.end()).putInt(s.text().length()).array());
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 1);
        }
        return ByteBuffer.wrap(sha.digest()).getLong();
    }
}
