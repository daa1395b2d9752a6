package org.redflag.batch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.AnalyzedAd;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Lucene writing the documents Redflag's index writes (the same fields, the same stored
 * JSON, serialised beforehand), with one commit at the end: the floor for Redflag's indexing.
 */
final class RawLuceneBaseline {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Document> documents;

    /**
     * @param analysed the ads' analyses
     * @param assessments their assessments, in the same order
     */
    RawLuceneBaseline(List<AnalyzedAd> analysed, List<RiskAssessment> assessments) {
        this.documents = new java.util.ArrayList<>(analysed.size());
        for (int i = 0; i < analysed.size(); i++) {
            documents.add(document(analysed.get(i), assessments.get(i)));
        }
    }

    private static Document document(AnalyzedAd analysis, RiskAssessment a) {
        JobAd ad = analysis.ad();
        Document doc = new Document();
        doc.add(new StringField("id", ad.id(), Field.Store.YES));
        doc.add(new StringField("site", ad.source(), Field.Store.NO));
        doc.add(new TextField("title", ad.title(), Field.Store.NO));
        doc.add(new TextField("body", String.join("\n", ad.description(), ad.requirements(), ad.benefits()), Field.Store.NO));
        doc.add(new StringField("employer", ad.employer().toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new StringField("status", "analysed", Field.Store.NO));
        doc.add(new StoredField("ad_json", JSON.writeValueAsString(ad)));
        doc.add(new FloatPoint("risk", (float) a.risk()));
        doc.add(new FloatDocValuesField("risk", (float) a.risk()));
        doc.add(new StringField("level", a.level().name(), Field.Store.NO));
        doc.add(new StringField("model", a.model(), Field.Store.NO));
        for (IndicatorMatch m : a.indicators()) {
            doc.add(new StringField("indicator", m.indicator().name(), Field.Store.NO));
        }
        doc.add(new StoredField("assessment_json", JSON.writeValueAsString(a)));
        doc.add(new StoredField("analysis_json", JSON.writeValueAsString(analysis)));
        return doc;
    }

    /**
     * Writes every document, updating by id, and commits once.
     *
     * @param dir an empty folder
     */
    void write(Path dir) {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            for (Document d : documents) {
                writer.updateDocument(new Term("id", d.get("id")), d);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("raw Lucene baseline failed in " + dir, e);
        }
    }
}
