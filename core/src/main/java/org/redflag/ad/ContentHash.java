package org.redflag.ad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums: of an ad's content (what decides whether it needs analysing again) and of any bytes. */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * @param ad an ad
     * @return SHA-256 of the fields a person reads (not its id, URL or dates), in hex
     */
    public static String of(JobAd ad) {
        StringBuilder sb = new StringBuilder();
        for (JobAd.Field f : JobAd.Field.values()) {
            sb.append(f.name()).append('\u0000').append(ad.field(f)).append('\u0000');
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes any bytes
     * @return their SHA-256 in lower-case hex
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
