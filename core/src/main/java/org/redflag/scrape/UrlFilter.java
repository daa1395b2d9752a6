package org.redflag.scrape;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL may be fetched: only http and https, and only hosts that resolve to
 * public addresses, unless the site explicitly allows its private network (the demo board on
 * loopback). A crawler that follows any URL a page gives it is a hole into the operator's network:
 * every host and every redirect hop passes through here.
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
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + url + ": only http and https are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException("refused " + url + ": no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot fetch " + url + ": host " + host + " does not resolve", e);
        }
        if (allowPrivateNetwork) {
            return;
        }
        for (InetAddress a : addresses) {
            String why = nonPublic(a);
            if (why != null) {
                throw new FetchException("refused " + url + ": " + host + " resolves to " + why + " address "
                        + a.getHostAddress() + " (allowPrivateNetwork is off for this site)");
            }
        }
    }

    /** @return what kind of non-public address this is, or null when it is public */
    static String nonPublic(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a private (unique local)";
        }
        if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "a carrier-grade NAT";
        }
        if (b.length == 4 && (b[0] & 0xff) == 0) {
            return "an unspecified";
        }
        return null;
    }
}
