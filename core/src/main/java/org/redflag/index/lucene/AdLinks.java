package org.redflag.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.redflag.ad.JobAd;
import org.redflag.index.AdCluster;
import org.redflag.index.ContactNetwork;
import org.redflag.index.MinHash;

/**
 * Finds the links between ads in one reader's view of the index: near-duplicate clusters through the
 * MinHash band keys (ads that share a band key are candidates, checked on their signatures) and
 * contact networks through the contact keywords. Both walk the terms of one field and join the ads of
 * each term with union-find, so the work grows with the number of shared keys, not with the square of
 * the number of ads.
 */
final class AdLinks {

    /** Buckets larger than this compare each ad with a few anchors only, not with every other ad. */
    private static final int PAIRWISE_BUCKET = 64;

    private final IndexReader reader;
    private final Bits live;
    private final StoredFields stored;

    AdLinks(IndexReader reader) throws IOException {
        this.reader = reader;
        this.live = MultiBits.getLiveDocs(reader);
        this.stored = reader.storedFields();
    }

    /** @return the near-duplicate clusters, largest first */
    List<AdCluster> clusters() throws IOException {
        DisjointSets sets = new DisjointSets();
        Map<Integer, int[]> signatures = new HashMap<>();
        Map<Integer, Double> weakest = new HashMap<>();
        forEachSharedTerm(AdDocuments.MINHASH_BAND, (term, docs) -> {
            int anchors = docs.size() <= PAIRWISE_BUCKET ? docs.size() : 4;
            for (int i = 0; i < anchors; i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    int a = docs.get(i);
                    int b = docs.get(j);
                    if (sets.find(a) == sets.find(b)) {
                        continue;
                    }
                    double similarity = MinHash.similarity(signature(a, signatures), signature(b, signatures));
                    if (similarity >= MinHash.SIMILAR) {
                        double w = Math.min(weakest.getOrDefault(sets.find(a), 1.0), weakest.getOrDefault(sets.find(b), 1.0));
                        sets.union(a, b);
                        weakest.put(sets.find(a), Math.min(w, similarity));
                    }
                }
            }
        });
        List<AdCluster> clusters = new ArrayList<>();
        for (var group : sets.groups().entrySet()) {
            Members m = members(group.getValue());
            clusters.add(new AdCluster("cluster:" + m.ids.get(0), m.ids, m.firstTitle, m.employers, m.sites,
                    weakest.getOrDefault(group.getKey(), 1.0)));
        }
        clusters.sort(Comparator.comparingInt((AdCluster c) -> -c.adIds().size()).thenComparing(AdCluster::id));
        return clusters;
    }

    /** @return the contact networks, largest first */
    List<ContactNetwork> networks() throws IOException {
        DisjointSets sets = new DisjointSets();
        Map<String, Integer> sharedBy = new HashMap<>();
        forEachSharedTerm(AdDocuments.CONTACT, (term, docs) -> {
            for (int i = 1; i < docs.size(); i++) {
                sets.union(docs.get(0), docs.get(i));
            }
            sharedBy.put(term, docs.get(0));
        });
        Map<Integer, Set<String>> contactsByRoot = new HashMap<>();
        sharedBy.forEach((contact, doc) -> contactsByRoot.computeIfAbsent(sets.find(doc), k -> new TreeSet<>()).add(contact));
        List<ContactNetwork> networks = new ArrayList<>();
        for (var group : sets.groups().entrySet()) {
            Members m = members(group.getValue());
            networks.add(new ContactNetwork("network:" + m.ids.get(0), contactsByRoot.getOrDefault(group.getKey(), Set.of()),
                    m.ids, m.employers, m.sites));
        }
        networks.sort(Comparator.comparingInt((ContactNetwork n) -> -n.adIds().size()).thenComparing(ContactNetwork::id));
        return networks;
    }

    private interface SharedTerm {
        void accept(String term, List<Integer> docs) throws IOException;
    }

    /** Calls back for each term of a field that two or more live ads share, with those ads' document numbers. */
    private void forEachSharedTerm(String field, SharedTerm action) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            if (te.docFreq() < 2) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            List<Integer> docs = new ArrayList<>();
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) {
                    docs.add(d);
                }
            }
            if (docs.size() >= 2) {
                action.accept(term.utf8ToString(), docs);
            }
        }
    }

    private int[] signature(int doc, Map<Integer, int[]> cache) throws IOException {
        int[] sig = cache.get(doc);
        if (sig == null) {
            BytesRef bytes = stored.document(doc, Set.of(AdDocuments.MINHASH)).getBinaryValue(AdDocuments.MINHASH);
            sig = bytes == null ? new int[0] : MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
            cache.put(doc, sig);
        }
        return sig;
    }

    /** What a group's ads have in common: ids, employer names, sites. */
    private static final class Members {
        final List<String> ids = new ArrayList<>();
        final Set<String> employers = new TreeSet<>();
        final Set<String> sites = new TreeSet<>();
        String firstTitle = "";
    }

    private Members members(List<Integer> docs) throws IOException {
        Members m = new Members();
        Map<String, String> titles = new HashMap<>();
        for (int doc : docs) {
            Document d = stored.document(doc, Set.of(AdDocuments.AD_JSON));
            JobAd ad = AdDocuments.ad(d);
            m.ids.add(ad.id());
            titles.put(ad.id(), ad.title());
            if (!ad.employer().isEmpty()) {
                m.employers.add(ad.employer().toLowerCase(Locale.ROOT));
            }
            if (!ad.source().isEmpty()) {
                m.sites.add(ad.source());
            }
        }
        m.ids.sort(null);
        m.firstTitle = titles.get(m.ids.get(0));
        return m;
    }
}
