package org.redflag.index;

import java.util.List;
import java.util.Set;

/**
 * Ads whose texts are near-duplicates of each other: the same ad reposted, or one template posted
 * under several employer names. Ads are joined when the estimated Jaccard similarity of their word
 * shingles reaches {@link MinHash#SIMILAR}; a cluster is the transitive closure of those pairs.
 *
 * @param id the cluster's id: {@code cluster:} and the smallest ad id in it, stable while that ad stays
 * @param adIds the ids of its ads, sorted
 * @param title the title of the ad with the smallest id
 * @param employers the distinct employer names its ads give (lower-cased), sorted; ads that name none add nothing
 * @param sites the distinct sites its ads come from, sorted
 * @param similarity the lowest estimated similarity of a pair that joined the cluster
 */
public record AdCluster(String id, List<String> adIds, String title, Set<String> employers, Set<String> sites, double similarity) {

    public AdCluster {
        adIds = List.copyOf(adIds);
        employers = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(employers));
        sites = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(sites));
    }

    /** @return true when one text appears under two or more employer names: a sign of a template used by an agency or a scam */
    public boolean spansEmployers() {
        return employers.size() >= 2;
    }
}
