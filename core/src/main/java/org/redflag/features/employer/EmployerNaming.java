package org.redflag.features.employer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redflag.ad.JobAd;
import org.redflag.features.Lexicon;
import org.redflag.nlp.Span;

/**
 * Whether an ad names the employer the worker will work for, from its structure: the part of
 * {@code VAGUE_EMPLOYER} that words alone cannot show. By the corpus guide an ad is vague when it names no
 * employer at all, or names only an intermediary (an agency, broker or labour supplier) and not the employer
 * it recruits for; a named employer is not vague, address or not. An employer counts as named by the
 * employer field when that field does not name an intermediary ({@code intermediaries.txt}), by a company
 * profile, or by a business name in the title or text that is not the intermediary's own: capitalised words
 * ending in a legal form or a workplace noun ({@code legal-forms.txt}: "Namhae Suhyang Fisheries Co.",
 * "Al Noor Hospital"). Thread-safe.
 */
public final class EmployerNaming {

    /** The most capitalised words taken as one name before its legal form. */
    private static final int NAME_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final Pattern EDGES = Pattern.compile("^[(\\[\"'“‘]+|[,;:)\\]\"'”’]+$");
    private static final Pattern CLIENT = Pattern.compile("\\b(?:for|via)\\b");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "your", "this", "that", "their", "its",
            "contact", "call", "apply", "at", "in", "for", "with", "from", "by", "to", "and", "or", "of");

    private final Pattern intermediary;
    private final Set<String> legalForms;

    EmployerNaming(List<String> intermediaryWords, Set<String> legalForms) {
        this.intermediary = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + intermediaryWords.stream()
                .map(w -> w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}*" : Pattern.quote(w))
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        this.legalForms = Set.copyOf(legalForms);
    }

    /** @return the naming of {@code intermediaries.txt} and {@code legal-forms.txt} */
    public static EmployerNaming withDefaults() {
        return new EmployerNaming(Lexicon.lines(EmployerNaming.class, "intermediaries.txt"),
                Set.copyOf(Lexicon.lines(EmployerNaming.class, "legal-forms.txt")));
    }

    /**
     * @param ad an ad
     * @return the evidence that the ad names no employer: the intermediary in the employer field, or the title
     *         (else the description's first line) of an ad that names nobody; empty when an employer is named
     */
    public Optional<Span> unnamedEmployer(JobAd ad) {
        String employer = ad.employer();
        if (!ad.companyProfile().isEmpty() || (!employer.isEmpty() && !namesIntermediary(employer))) {
            return Optional.empty();
        }
        Set<String> own = distinctiveWords(employer);
        boolean namedInText = businessNames(ad.title() + "\n" + ad.description()).stream()
                .anyMatch(name -> distinctiveWords(name).stream().noneMatch(own::contains));
        if (namedInText) {
            return Optional.empty();
        }
        if (!employer.isEmpty()) {
            return Optional.of(new Span(JobAd.Field.EMPLOYER, 0, employer.length(), employer));
        }
        if (!ad.title().isEmpty()) {
            return Optional.of(new Span(JobAd.Field.TITLE, 0, ad.title().length(), ad.title()));
        }
        String description = ad.description();
        int end = description.indexOf('\n');
        end = end < 0 ? description.length() : end;
        return end == 0 ? Optional.empty() : Optional.of(new Span(JobAd.Field.DESCRIPTION, 0, end, description.substring(0, end)));
    }

    /** An employer field names an intermediary when its words before any "for" or "via" do, and no business follows. */
    boolean namesIntermediary(String employer) {
        String[] parts = CLIENT.split(employer, 2);
        return intermediary.matcher(parts[0]).find() && (parts.length == 1 || businessNames(parts[1]).isEmpty());
    }

    /** @return the business names in a text: up to {@value #NAME_WORDS} capitalised words ending in a legal form */
    List<String> businessNames(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] words = line.trim().split("\\s+");
            for (int i = 1; i < words.length; i++) {
                if (!legalForms.contains(trimPunctuation(words[i]))) {
                    continue;
                }
                int first = i;
                while (first > 0 && i - first < NAME_WORDS && capitalised(words[first - 1])) {
                    first--;
                }
                while (first < i && NOT_NAMES.contains(trimPunctuation(words[first]).toLowerCase(Locale.ROOT))) {
                    first++;
                }
                if (first < i) {
                    names.add(String.join(" ", Arrays.copyOfRange(words, first, i + 1)));
                }
            }
        }
        return names;
    }

    /** A word that can stand inside a name: capitalised and not ending a clause, or itself a legal form ("Co.,"). */
    private boolean capitalised(String word) {
        String w = trimPunctuation(word);
        return legalForms.contains(w)
                || !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !word.endsWith(",") && !word.endsWith(".");
    }

    private Set<String> distinctiveWords(String name) {
        Set<String> words = new HashSet<>();
        var m = WORD.matcher(name);
        while (m.find()) {
            if (!legalForms.contains(m.group())) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** A word without the brackets, quotes and clause marks around it: "(Pvt)" is "Pvt", "Co.," is "Co.". */
    private static String trimPunctuation(String word) {
        return EDGES.matcher(word).replaceAll("");
    }
}
