package org.redflag.scrape;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL may be fetched: only http and https, and only hosts that resolve to
 * public addresses. A crawler that follows any URL a page gives it is a hole into the operator's
 * network: every host and every redirect hop passes through here.
 *
 * <p>A site may be allowed its private network (the demo board on loopback): then loopback and
 * private addresses pass. Link-local (cloud metadata at 169.254.169.254), multicast and unspecified
 * addresses never pass: no job board lives there.
 */
public final class UrlFilter {

    private UrlFilter() {
    }

    /**
     * @param url the URL to check
     * @param allowPrivateNetwork whether loopback and private addresses are allowed
     * @throws FetchException when the URL must not be fetched; the message says why
     */
    public static void check(URI url, boolean allowPrivateNetwork) {
        check(url, allowPrivateNetwork, null);
    }

    /**
     * @param url the URL to check
     * @param allowPrivateNetwork whether loopback and private addresses are allowed
     * @param redirectedFrom the URL that redirected here, null for the first request; named in the message
     * @throws FetchException when the URL must not be fetched; the message says why
     */
    public static void check(URI url, boolean allowPrivateNetwork, URI redirectedFrom) {
        String what = redirectedFrom == null ? url.toString() : "redirect from " + redirectedFrom + " to " + url;
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + what + ": only http and https are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException("refused " + what + ": no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot fetch " + what + ": host " + host + " does not resolve", e);
        }
        for (InetAddress a : addresses) {
            String never = neverFetched(a);
            if (never != null) {
                throw new FetchException("refused " + what + ": " + host + " resolves to " + never + " address "
                        + a.getHostAddress() + ", which is never fetched");
            }
            String why = allowPrivateNetwork ? null : nonPublic(a);
            if (why != null) {
                throw new FetchException("refused " + what + ": " + host + " resolves to " + why + " address "
                        + a.getHostAddress() + " (allowed only where asked: allowPrivateNetwork in a site's profile, for"
                        + " the hosts of its start URLs, or assess --allow-private-network)");
            }
        }
    }

    /** @return what kind of address no site may use, or null when a site may be allowed it */
    static String neverFetched(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isAnyLocalAddress() || (b.length == 4 && (b[0] & 0xff) == 0)) {
            return "an unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local (cloud metadata)";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        if (b.length == 4 && (b[0] & 0xff) == 255 && (b[1] & 0xff) == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
            return "a broadcast";
        }
        return null;
    }

    /** @return what kind of non-public address this is, or null when it is public */
    static String nonPublic(InetAddress a) {
        String never = neverFetched(a);
        if (never != null) {
            return never;
        }
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a private (unique local)";
        }
        if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "a carrier-grade NAT";
        }
        return null;
    }
}
