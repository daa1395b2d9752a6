package org.redflag.index;

import java.util.List;
import java.util.Set;

/**
 * Ads linked by the contacts they share: two ads that give the same phone number (E.164), e-mail
 * address, messenger handle or masked data-set contact are linked, and a network is the transitive
 * closure of those links. Web addresses, masked or not, do not link ads (a board's or a company's site is shared by
 * honest ads too).
 *
 * <p>A network that spans two or more employer names or two or more sites is a risk signal: one
 * recruiter behind many "employers", or the same person posting on several boards
 * ({@link #isRiskSignal()}).
 *
 * @param id the network's id: {@code network:} and the smallest ad id in it
 * @param contacts the contacts that at least two of its ads share, sorted
 * @param adIds the ids of its ads, sorted
 * @param employers the distinct employer names its ads give (lower-cased), sorted
 * @param sites the distinct sites its ads come from, sorted
 */
public record ContactNetwork(String id, Set<String> contacts, List<String> adIds, Set<String> employers, Set<String> sites) {

    public ContactNetwork {
        contacts = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(contacts));
        adIds = List.copyOf(adIds);
        employers = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(employers));
        sites = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(sites));
    }

    /** @return true when the network spans two or more employer names or two or more sites */
    public boolean isRiskSignal() {
        return employers.size() >= 2 || sites.size() >= 2;
    }
}
