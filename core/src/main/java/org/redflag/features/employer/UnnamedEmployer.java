package org.redflag.features.employer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.Token;

/**
 * Structural evidence of {@link Indicator#VAGUE_EMPLOYER}: an ad that names no employer, has no
 * company profile, and shows neither a named employer with an address or website nor a recruiter's
 * licence. Words cannot show a missing name, so this looks at what the ad leaves out. A private
 * household that writes in the first person ("we are a family of four", "our two boys") is the
 * employer itself and is left alone.
 *
 * <p>The evidence is the phrase that stands in for the employer, the one a reader would highlight:
 * the generic workplace with which the ad opens, in the title or the first sentences of the
 * description ("Fish processing factory in Kaohsiung needs 40 workers", "Our partner in Kurdistan
 * needs guards"). An ad that opens with no workplace at all has nothing to highlight and gives no
 * evidence either.
 */
public final class UnnamedEmployer {

    /** Nouns that name a kind of workplace or employer without naming which one. */
    private static final Set<String> WORKPLACES = Set.of("company", "firm", "factory", "plant", "farm", "hotel",
            "resort", "club", "bar", "warehouse", "workshop", "restaurant", "shop", "store", "centre", "center",
            "employer", "client", "partner", "family", "household", "cannery", "contractor", "group", "operator",
            "platform", "spa", "salon", "slaughterhouse", "greenhouse", "plantation", "school", "hospital", "empresa",
            "perusahaan", "firma");

    /** A household hiring for itself, in the first person. */
    private static final Pattern PRIVATE_HOUSEHOLD = Pattern.compile("\\b(we are an? [\\w ]{0,20}family|our family"
            + "|my name is|family of \\d+|(our|my) (\\w+ )?(boys|girls|children|kids|son|daughter|mother|father|husband"
            + "|wife|twins|parents))\\b", Pattern.CASE_INSENSITIVE);

    /** How many sentences at the start of the description introduce the employer. */
    static final int OPENING_SENTENCES = 2;

    private static final int MAX_MODIFIERS = 5;
    private static final int MAX_PLACE_TOKENS = 4;

    private UnnamedEmployer() {
    }

    /**
     * @param analyzed the analysed ad
     * @param found the indicators the rules found in it
     * @return the evidence of a missing employer, or empty when the ad names one or shows who it is
     */
    public static Optional<Span> evidence(AnalyzedAd analyzed, List<IndicatorMatch> found) {
        JobAd ad = analyzed.ad();
        if (!ad.employer().isBlank() || !ad.companyProfile().isBlank()
                || found.stream().anyMatch(m -> m.indicator() == Indicator.IDENTIFIED_EMPLOYER
                        || m.indicator() == Indicator.LICENSED_RECRUITER)
                || PRIVATE_HOUSEHOLD.matcher(ad.title() + "\n" + ad.description()).find()) {
            return Optional.empty();
        }
        return workplacePhrase(analyzed, JobAd.Field.DESCRIPTION).or(() -> workplacePhrase(analyzed, JobAd.Field.TITLE));
    }

    /**
     * The first workplace noun in the opening sentences of a field, with the modifiers before it and
     * the place after it.
     */
    private static Optional<Span> workplacePhrase(AnalyzedAd analyzed, JobAd.Field field) {
        Optional<AnalyzedAd.Section> section = section(analyzed, field);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = analyzed.tokens();
        List<AnalyzedAd.Sentence> opening = analyzed.sentences().stream()
                .filter(s -> s.endToken() > s.firstToken() && inside(tokens.get(s.firstToken()), section.get()))
                .limit(OPENING_SENTENCES).toList();
        for (AnalyzedAd.Sentence s : opening) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (!inside(t, section.get()) || !t.tag().startsWith("NN") || !WORKPLACES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int first = i;
                while (first > s.firstToken() && i - first < MAX_MODIFIERS && modifier(tokens.get(first - 1))) {
                    first--;
                }
                if (first > s.firstToken() && determiner(tokens.get(first - 1))) {
                    first--;
                }
                int last = i;
                if (last + 2 < s.endToken() && place(tokens.get(last + 1)) && tokens.get(last + 2).tag().startsWith("NNP")) {
                    last += 2;
                    while (last + 1 < s.endToken() && last - i < MAX_PLACE_TOKENS && tokens.get(last + 1).tag().startsWith("NNP")) {
                        last++;
                    }
                }
                return Optional.of(analyzed.span(tokens.get(first).begin(), tokens.get(last).end()));
            }
        }
        return Optional.empty();
    }

    private static boolean inside(Token t, AnalyzedAd.Section section) {
        return t.begin() >= section.start() && t.begin() < section.end();
    }

    private static boolean modifier(Token t) {
        String tag = t.tag();
        return tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD") || tag.equals("VBN")
                || tag.equals("VBG") || tag.equals("HYPH") || t.word().equals("-");
    }

    private static boolean determiner(Token t) {
        return Set.of("a", "an", "our", "the", "one").contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean place(Token t) {
        return Set.of("in", "near", "at", "around", "of").contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static Optional<AnalyzedAd.Section> section(AnalyzedAd analyzed, JobAd.Field field) {
        return analyzed.sections().stream().filter(s -> s.field() == field && s.end() > s.start()).findFirst();
    }
}
