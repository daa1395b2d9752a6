package org.redflag.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The word lists and tables the features read from their resources: UTF-8 text, one entry per line; blank lines and
 * lines starting with {@code #} are comments.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /**
     * @param owner the class whose package holds the resource
     * @param resource the resource's name, relative to that package
     * @return its entries, stripped, in file order
     */
    public static List<String> lines(Class<?> owner, String resource) {
        try (var in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
