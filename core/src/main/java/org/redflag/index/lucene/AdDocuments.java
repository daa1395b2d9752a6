package org.redflag.index.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.features.FeatureSnapshot;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.contacts.Contact;
import org.redflag.features.contacts.ContactExtractor;
import org.redflag.features.pay.Pay;
import org.redflag.features.pay.PayExtractor;
import org.redflag.index.AssessedAd;
import org.redflag.index.MinHash;
import org.redflag.index.RefusedAd;
import org.redflag.index.StoredAd;
import org.redflag.nlp.AnalyzedAd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The index's schema: which fields an ad's document has, how they are analysed, and how a document
 * turns back into a {@link StoredAd}. One document per ad.
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>kind</th><th>holds</th></tr>
 * <tr><td>id</td><td>keyword (stored) + doc values</td><td>the ad id; its doc values list ids without reading stored documents</td></tr>
 * <tr><td>hash, status, site, url</td><td>keyword</td><td>content hash (stored), pending/analysed, site, URL</td></tr>
 * <tr><td>title, body</td><td>text, English</td><td>stemmed words of the title; of description, requirements and benefits</td></tr>
 * <tr><td>title_exact, body_exact</td><td>text, standard</td><td>the same words unstemmed, stop words kept: exact-word and phrase queries</td></tr>
 * <tr><td>employer, location</td><td>keyword (lower-cased) + doc values</td><td>the names exactly, for filters, counts and networks</td></tr>
 * <tr><td>employer_text, location_text</td><td>text, English</td><td>the names' words</td></tr>
 * <tr><td>salary_usd</td><td>double point + doc values + stored</td><td>the highest pay stated, as monthly US dollars</td></tr>
 * <tr><td>posted</td><td>long point + doc values</td><td>the posting day (epoch day), when the board gives an ISO date</td></tr>
 * <tr><td>fetched</td><td>long point + doc values + stored</td><td>when Redflag first stored this content (epoch milliseconds)</td></tr>
 * <tr><td>first_seen</td><td>long point + stored</td><td>when Redflag first stored this ad, whatever its content since (epoch
 *     milliseconds); a document written before this field was kept has none: its {@code fetched} stands for it</td></tr>
 * <tr><td>risk, level, model</td><td>doc values only, updatable</td><td>the latest assessment's risk (0 while pending), level and
 *     model id ({@link AssessmentValues}): a re-scoring changes them in place; filters on them are doc-values queries</td></tr>
 * <tr><td>indicators_digest</td><td>doc values</td><td>the digest of the stored indicators: tells an in-place re-scoring from one
 *     whose indicators changed</td></tr>
 * <tr><td>indicator</td><td>keyword + doc values</td><td>each indicator code (filters, facets)</td></tr>
 * <tr><td>contact</td><td>keyword (stored) + doc values</td><td>E.164 phones, lower-cased e-mails, handles ({@code telegram:@name}), masked tokens</td></tr>
 * <tr><td>minhash_band, minhash</td><td>keyword; stored bytes</td><td>the LSH band keys and the MinHash signature ({@link MinHash})</td></tr>
 * <tr><td>ad_json, analysis_json, indicators_json</td><td>stored</td><td>the ad, its analysis and its assessment's indicators with
 *     their evidence: re-scoring needs neither page nor CoreNLP</td></tr>
 * <tr><td>features</td><td>binary doc values (JSON)</td><td>the feature vector the model scored and the
 *     {@link org.redflag.features.FeatureFingerprint} of what computed it: re-scoring under the same rules needs only the model,
 *     and reads them without decompressing the stored ad and analysis</td></tr>
 * </table>
 *
 * <p>The schema's version is kept in every commit ({@link SchemaVersion}).
 */
final class AdDocuments {

    static final String ID = "id";
    static final String SITE = "site";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_EXACT = "title_exact";
    static final String BODY_EXACT = "body_exact";
    static final String EMPLOYER = "employer";
    static final String EMPLOYER_TEXT = "employer_text";
    static final String LOCATION = "location";
    static final String LOCATION_TEXT = "location_text";
    static final String SALARY_USD = "salary_usd";
    static final String POSTED = "posted";
    static final String FETCHED = "fetched";
    static final String FIRST_SEEN = "first_seen";
    static final String HASH = "hash";
    static final String STATUS = "status";
    static final String RISK = "risk";
    static final String LEVEL = "level";
    static final String INDICATOR = "indicator";
    static final String MODEL = "model";
    static final String CONTACT = "contact";
    static final String MINHASH_BAND = "minhash_band";
    static final String MINHASH = "minhash";
    static final String AD_JSON = "ad_json";
    static final String ANALYSIS_JSON = "analysis_json";
    static final String INDICATORS_JSON = "indicators_json";
    static final String FEATURES = "features";
    static final String PENDING = "pending";
    static final String ANALYSED = "analysed";
    static final String REFUSED = "refused";
    static final String REFUSED_BY = "refused_by";
    static final String REFUSAL_REASON = "refusal_reason";
    static final String REFUSED_AT = "refused_at";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MASKED = Pattern.compile("(?i)#(email|phone|url)_([0-9a-f]+)#");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final ContactExtractor contacts = ContactExtractor.withDefaults();
    private final PayExtractor pay = PayExtractor.withDefaults();

    /** @return the analyser of every text field: English for the default fields, standard for the exact copies */
    static Analyzer analyzer() {
        Analyzer exact = new StandardAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(TITLE_EXACT, exact, BODY_EXACT, exact));
    }

    /**
     * What the index derives from an ad's content: the same for every ad with the same content hash,
     * so that storing an ad's assessment reuses it instead of extracting again.
     *
     * @param contacts the contacts that link ads ({@link #linkingContacts})
     * @param salaryUsd the highest pay stated, as monthly US dollars, when stated
     * @param signature the MinHash signature, empty for an ad without words
     */
    record Derived(Set<String> contacts, OptionalDouble salaryUsd, int[] signature) {
    }

    /**
     * @param ad an ad
     * @return what the index derives from its content
     */
    Derived derive(JobAd ad) {
        return new Derived(linkingContacts(ad), pay.extract(ad).stream().mapToDouble(Pay::monthlyUsd).max(), MinHash.signature(ad));
    }

    /**
     * When Redflag first stored an ad and its current content.
     *
     * @param firstSeen when the ad was first stored, whatever its content then (epoch milliseconds)
     * @param fetched when its current content was first stored (epoch milliseconds); not before {@code firstSeen}
     */
    record Times(long firstSeen, long fetched) {
    }

    /**
     * @param doc a document with its {@link #derivedFields()}
     * @param now the time of a document without a fetch time
     * @return its times; for a document stored before first-seen times were kept, its fetch time stands for it
     */
    static Times timesOf(Document doc, long now) {
        Number fetched = doc.getField(FETCHED) == null ? null : doc.getField(FETCHED).numericValue();
        long f = fetched == null ? now : fetched.longValue();
        Number firstSeen = doc.getField(FIRST_SEEN) == null ? null : doc.getField(FIRST_SEEN).numericValue();
        return new Times(firstSeen == null ? f : firstSeen.longValue(), f);
    }

    /** @return the stored fields {@link #derivedOf}, {@link #timesOf} and the content checks read */
    static Set<String> derivedFields() {
        return Set.of(HASH, FETCHED, FIRST_SEEN, CONTACT, SALARY_USD, MINHASH);
    }

    /**
     * @param doc a document with its {@link #derivedFields()}
     * @return what was derived from its content
     */
    static Derived derivedOf(Document doc) {
        Set<String> contacts = new java.util.TreeSet<>(List.of(doc.getValues(CONTACT)));
        var salary = doc.getField(SALARY_USD);
        BytesRef sig = doc.getBinaryValue(MINHASH);
        return new Derived(contacts, salary == null ? OptionalDouble.empty() : OptionalDouble.of(salary.numericValue().doubleValue()),
                sig == null ? new int[0] : MinHash.fromBytes(sig.bytes, sig.offset, sig.length));
    }

    /**
     * @param stored the ad with its analysis and assessment, if any
     * @param times when the ad and its current content were first stored
     * @param derived what was derived from its content
     * @return its document
     */
    Document toDocument(StoredAd stored, Times times, Derived derived) {
        return toDocument(stored, null, times, derived);
    }

    /**
     * @param stored the ad with its analysis and assessment, if any
     * @param features the features the assessment was scored from, null when not known
     * @param times when the ad and its current content were first stored
     * @param derived what was derived from its content
     * @return its document
     */
    Document toDocument(StoredAd stored, FeatureSnapshot features, Times times, Derived derived) {
        return toDocument(stored.ad(), JSON.writeValueAsString(stored.ad()), stored.contentHash(), times, derived,
                stored.assessment(), stored.analysis() == null ? null : JSON.writeValueAsString(stored.analysis()),
                features == null ? null : new BytesRef(JSON.writeValueAsBytes(features)));
    }

    /**
     * @param stored an ad Redflag refuses to assess, without analysis or assessment
     * @param times when the ad and its current content were first stored
     * @param derived what was derived from its content
     * @param reason why it is refused
     * @param refusedBy what refused it
     * @param refusedAtMillis when
     * @return its document, which no longer waits for analysis
     */
    Document refused(StoredAd stored, Times times, Derived derived, String reason, String refusedBy,
                     long refusedAtMillis) {
        Document doc = toDocument(stored, times, derived);
        doc.removeField(STATUS);
        doc.add(new StringField(STATUS, REFUSED, Field.Store.NO));
        doc.add(new StringField(REFUSED_BY, refusedBy, Field.Store.NO));
        doc.add(new StoredField(REFUSAL_REASON, reason));
        doc.add(new StoredField(REFUSED_AT, refusedAtMillis));
        return doc;
    }

    /**
     * @param doc a refused ad's document ({@link #refused}), with its stored fields
     * @return the refused ad
     */
    static RefusedAd refusedAd(Document doc) {
        return new RefusedAd(JSON.readValue(doc.get(AD_JSON), JobAd.class), doc.get(REFUSAL_REASON),
                doc.getField(REFUSED_AT).numericValue().longValue());
    }

    /**
     * The same document with another assessment whose indicators differ from the stored ones: the stored ad,
     * analysis and features are copied as stored, not decoded and encoded again.
     *
     * @param old a document with every stored field
     * @param features its features as stored ({@link #featuresBytes}), null when it has none
     * @param times its times, as stored ({@link #timesOf})
     * @param derived what was derived from its content ({@link #derivedOf})
     * @param assessment the new assessment
     * @return the document to write in its place
     */
    Document withAssessment(Document old, BytesRef features, Times times, Derived derived, RiskAssessment assessment) {
        String adJson = old.get(AD_JSON);
        return toDocument(JSON.readValue(adJson, JobAd.class), adJson, old.get(HASH), times, derived,
                assessment, old.get(ANALYSIS_JSON), features);
    }

    private Document toDocument(JobAd ad, String adJson, String hash, Times times, Derived derived,
                                RiskAssessment a, String analysisJson, BytesRef features) {
        String body = body(ad);
        Document doc = new Document();
        doc.add(new StringField(ID, ad.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(ad.id())));
        keyword(doc, SITE, ad.source());
        doc.add(new StringField(URL, ad.url(), Field.Store.NO));
        doc.add(new TextField(TITLE, ad.title(), Field.Store.NO));
        doc.add(new TextField(BODY, body, Field.Store.NO));
        doc.add(new TextField(TITLE_EXACT, ad.title(), Field.Store.NO));
        doc.add(new TextField(BODY_EXACT, body, Field.Store.NO));
        keyword(doc, EMPLOYER, ad.employer().toLowerCase(Locale.ROOT));
        doc.add(new TextField(EMPLOYER_TEXT, ad.employer(), Field.Store.NO));
        keyword(doc, LOCATION, ad.location().toLowerCase(Locale.ROOT));
        doc.add(new TextField(LOCATION_TEXT, ad.location(), Field.Store.NO));
        OptionalDouble salary = derived.salaryUsd();
        if (salary.isPresent()) {
            doc.add(new DoublePoint(SALARY_USD, salary.getAsDouble()));
            doc.add(new DoubleDocValuesField(SALARY_USD, salary.getAsDouble()));
            doc.add(new StoredField(SALARY_USD, salary.getAsDouble()));
        }
        OptionalLong posted = postedDay(ad);
        if (posted.isPresent()) {
            doc.add(new LongPoint(POSTED, posted.getAsLong()));
            doc.add(new NumericDocValuesField(POSTED, posted.getAsLong()));
        }
        doc.add(new LongPoint(FETCHED, times.fetched()));
        doc.add(new NumericDocValuesField(FETCHED, times.fetched()));
        doc.add(new StoredField(FETCHED, times.fetched()));
        doc.add(new LongPoint(FIRST_SEEN, times.firstSeen()));
        doc.add(new StoredField(FIRST_SEEN, times.firstSeen()));
        doc.add(new StringField(HASH, hash, Field.Store.YES));
        doc.add(new StringField(STATUS, a == null ? PENDING : ANALYSED, Field.Store.NO));
        for (String contact : derived.contacts()) {
            doc.add(new StringField(CONTACT, contact, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(CONTACT, new BytesRef(contact)));
        }
        int[] signature = derived.signature();
        for (String band : MinHash.bands(signature)) {
            doc.add(new StringField(MINHASH_BAND, band, Field.Store.NO));
        }
        if (signature.length > 0) {
            doc.add(new StoredField(MINHASH, MinHash.toBytes(signature)));
        }
        doc.add(new StoredField(AD_JSON, adJson));
        AssessmentValues.add(doc, a == null ? null : values(a), a == null ? 0 : AssessmentValues.digest(a.indicators()));
        if (a != null) {
            Set<String> codes = new LinkedHashSet<>();
            for (IndicatorMatch m : a.indicators()) {
                codes.add(m.indicator().name());
            }
            for (String code : codes) {
                doc.add(new StringField(INDICATOR, code, Field.Store.NO));
                doc.add(new SortedSetDocValuesField(INDICATOR, new BytesRef(code)));
            }
            doc.add(new StoredField(INDICATORS_JSON, JSON.writeValueAsString(a.indicators())));
            if (analysisJson != null) {
                doc.add(new StoredField(ANALYSIS_JSON, analysisJson));
            }
            if (features != null) {
                doc.add(new BinaryDocValuesField(FEATURES, features));
            }
        }
        return doc;
    }

    /**
     * @param a an assessment
     * @return its values that a re-scoring changes in place
     */
    static AssessmentValues.Values values(RiskAssessment a) {
        return new AssessmentValues.Values(a.risk(), a.level(), a.model());
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** @return the text searched as the body: description, requirements and benefits */
    static String body(JobAd ad) {
        return String.join("\n", ad.description(), ad.requirements(), ad.benefits()).strip();
    }

    /**
     * @param ad an ad
     * @return the contacts by which it links to other ads: phone and messenger numbers (E.164), e-mail
     *         addresses, handles and masked phone and e-mail tokens; not web addresses, masked or not
     */
    Set<String> linkingContacts(JobAd ad) {
        Set<String> values = new java.util.TreeSet<>();
        for (Contact c : contacts.extract(ad)) {
            boolean webAddress = c.channel() == Contact.Channel.URL || c.channel() == Contact.Channel.MASKED && c.value().startsWith("#URL_");
            if (!webAddress) {
                values.add(c.value());
            }
        }
        return values;
    }

    /** @return the posting day as an epoch day, when the ad's date starts with an ISO date */
    static OptionalLong postedDay(JobAd ad) {
        Matcher m = ISO_DAY.matcher(ad.posted());
        if (m.find()) {
            try {
                return OptionalLong.of(LocalDate.parse(m.group(1)).toEpochDay());
            } catch (DateTimeParseException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /**
     * @param doc a document with its {@link #storedAdFields()}
     * @param values its assessment's values ({@link AssessmentValues#read}), empty while it waits for analysis
     * @return the stored ad
     */
    static StoredAd decode(Document doc, java.util.Optional<AssessmentValues.Values> values) {
        JobAd ad = JSON.readValue(doc.get(AD_JSON), JobAd.class);
        String analysis = doc.get(ANALYSIS_JSON);
        String indicators = doc.get(INDICATORS_JSON);
        RiskAssessment assessment = values.isPresent() && indicators != null ? assessment(ad, indicators, values.get()) : null;
        return new StoredAd(ad, doc.get(HASH), analysis == null ? null : JSON.readValue(analysis, AnalyzedAd.class), assessment);
    }

    /**
     * @param doc a document with at least its {@value #AD_JSON} field
     * @return the ad alone
     */
    static JobAd ad(Document doc) {
        return JSON.readValue(doc.get(AD_JSON), JobAd.class);
    }

    /**
     * @param doc an analysed ad's document with its {@link #assessedFields()}
     * @param values its assessment's values ({@link AssessmentValues#read})
     * @return the ad and its assessment, without its analysis
     */
    static AssessedAd assessed(Document doc, AssessmentValues.Values values) {
        JobAd ad = ad(doc);
        return new AssessedAd(ad, assessment(ad, doc.get(INDICATORS_JSON), values));
    }

    private static RiskAssessment assessment(JobAd ad, String indicatorsJson, AssessmentValues.Values values) {
        return new RiskAssessment(ad.id(), values.risk(), values.level(), List.of(JSON.readValue(indicatorsJson, IndicatorMatch[].class)),
                values.model());
    }

    /** @return the stored fields {@link #assessed} reads */
    static Set<String> assessedFields() {
        return Set.of(AD_JSON, INDICATORS_JSON);
    }

    /**
     * @param reader a reader
     * @param doc a document of it
     * @return its stored features, when it has them
     */
    static java.util.Optional<FeatureSnapshot> features(IndexReader reader, int doc) throws IOException {
        BytesRef bytes = featuresBytes(reader, doc);
        return bytes == null ? java.util.Optional.empty()
                : java.util.Optional.of(JSON.readValue(bytes.bytes, bytes.offset, bytes.length, FeatureSnapshot.class));
    }

    /**
     * @param reader a reader
     * @param doc a document of it
     * @return its features as stored (a copy), null when it has none
     */
    static BytesRef featuresBytes(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        BinaryDocValues features = leaf.reader().getBinaryDocValues(FEATURES);
        return features != null && features.advanceExact(doc - leaf.docBase) ? BytesRef.deepCopyOf(features.binaryValue()) : null;
    }

    /** @return the fields a {@link #decode} needs */
    static Set<String> storedAdFields() {
        return Set.of(AD_JSON, ANALYSIS_JSON, INDICATORS_JSON, HASH);
    }

    /**
     * Normalises a contact as a user types it to the form the index keeps: phone numbers lose spaces,
     * dashes, dots and brackets and a messenger prefix ({@code whatsapp:+971…}); a data set's masked token
     * ({@code #PHONE_3fa2…#}) keeps its upper-case kind; everything else is lower-cased.
     *
     * @param typed the contact as typed
     * @return the contact as indexed
     */
    static String normaliseContact(String typed) {
        Matcher masked = MASKED.matcher(typed.strip());
        if (masked.matches()) {
            return "#" + masked.group(1).toUpperCase(Locale.ROOT) + "_" + masked.group(2).toLowerCase(Locale.ROOT) + "#";
        }
        String s = typed.strip().toLowerCase(Locale.ROOT);
        String number = s.replaceFirst("^(?:whatsapp|viber|signal|imo|phone|tel|wa):", "");
        if (number.matches("\\+?[\\d\\s().-]{7,}")) {
            return "+" + number.replaceAll("[^\\d]", "");
        }
        return s;
    }
}
