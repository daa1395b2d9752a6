package org.redflag.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.redflag.ad.JobAd;
import org.redflag.ad.PostingAttribute;
import org.redflag.features.contacts.Contact;
import org.redflag.features.contacts.ContactExtractor;
import org.redflag.features.employer.EmployerNaming;
import org.redflag.features.pay.Pay;
import org.redflag.features.places.Places;
import org.redflag.features.pay.PayExtractor;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;

/**
 * The standard features: one strength per indicator (the number of evidence spans), the number of
 * distinct risk indicators and protective signals, the ad's structure (employer named, company
 * profile, salary, requirements and benefits given, length), the contacts by channel, the highest
 * pay stated (as a monthly equivalent in US dollars; an amount the worker is charged is no pay), the
 * number of countries named and the posting attributes the board states. A yes/no attribute gives
 * two features, one for a stated yes and one for a stated no (every feature is non-negative, as some
 * learners require); a categorical one counts as stated or not, and its value joins the text as one
 * word ({@code employment_type_full_time}) so that the text model weighs it like any other word.
 */
public final class AdFeatureExtractor implements FeatureExtractor {

    private static final Set<PostingAttribute> YES_NO = EnumSet.of(PostingAttribute.REMOTE,
            PostingAttribute.COMPANY_LOGO, PostingAttribute.SCREENING_QUESTIONS);

    private static final List<String> NAMES = names();

    /**
     * Monthly pay, in US dollars, above which an ad that asks for nothing shows
     * {@link Indicator#UNREALISTIC_PAY}: about twice what unskilled work pays in the destinations the
     * corpus covers.
     */
    public static final double UNREALISTIC_MONTHLY_USD = 4_000;

    /**
     * Monthly pay, in US dollars, above which an ad that asks for nothing and shows no protective
     * signal (no licence, no employer address, no contract before departure, no no-fee pledge) shows
     * {@link Indicator#UNREALISTIC_PAY}: such an offer cannot be checked, and for work that asks for
     * nothing it is well above the norm.
     */
    public static final double UNCHECKABLE_MONTHLY_USD = 2_500;

    /**
     * The indicators this extractor may find from more than the detector's words: the contacts an ad gives, its pay, the
     * steps of a move, an employer it does not name. Dropping the detector's find of one of them may not take it away.
     */
    public static final Set<Indicator> FOUND_FROM_STRUCTURE = Collections.unmodifiableSet(EnumSet.of(
            Indicator.OFF_PLATFORM_CONTACT, Indicator.UNREALISTIC_PAY, Indicator.OVERSEAS_PLACEMENT, Indicator.VAGUE_EMPLOYER));

    /** A cost of the move, named beside debt bondage's evidence: the ticket, the visa or permit, the recruitment. */
    private static final Pattern MOVE_COST = Pattern.compile("(?iu)\\b(?:tickets?|visas?|flights?|air|airfares?|fares?|travel"
            + "|permits?|deploy\\w*|placement|recruit\\w*|agen(?:cy|ts?)|processing|passage|journey|relocation|boleto|billete"
            + "|pasaje|tiket|viaje|viagem|bilet\\w*|wiz\\w*)\\b");

    private final IndicatorDetector detector;
    private final ContactExtractor contacts;
    private final PayExtractor pay = PayExtractor.withDefaults();
    private final EmployerNaming employers = EmployerNaming.withDefaults();

    /**
     * @param detector finds the indicators
     * @param contacts finds the contacts: their number and kind are features, and messengers and
     *                 free-mail addresses are evidence of {@link Indicator#OFF_PLATFORM_CONTACT}
     */
    public AdFeatureExtractor(IndicatorDetector detector, ContactExtractor contacts) {
        this.detector = detector;
        this.contacts = contacts;
    }

    /** @param detector finds the indicators; contacts are found by the default {@link ContactExtractor} */
    public AdFeatureExtractor(IndicatorDetector detector) {
        this(detector, ContactExtractor.withDefaults());
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            names.add("indicator." + i.name());
        }
        names.addAll(List.of("risk_indicators", "protective_signals", "has_employer", "has_company_profile",
                "has_salary", "has_requirements", "has_benefits", "log_tokens"));
        for (Contact.Channel c : Contact.Channel.values()) {
            names.add(contactFeature(c));
        }
        names.addAll(List.of("pay.stated", "pay.monthly_usd_log", "places.countries"));
        for (PostingAttribute a : PostingAttribute.values()) {
            names.add(attributeFeature(a));
            if (YES_NO.contains(a)) {
                names.add(attributeFeature(a) + ".no");
            }
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public FeatureVector extract(AnalyzedAd analyzed) {
        List<Contact> found = contacts.extract(analyzed.ad());
        List<Pay> stated = pay.extract(analyzed.ad());
        List<Pay> wages = stated.stream().filter(p -> !p.charged()).toList();
        Pay highest = wages.stream().max(Comparator.comparingDouble(Pay::monthlyUsd)).orElse(null);
        List<IndicatorMatch> matches = withUnnamedEmployer(withImpliedPlacement(withUnrealisticPay(withoutChargesAsPay(
                withOffPlatformContacts(detector.detect(analyzed), found), stated), wages), analyzed), analyzed.ad());
        Map<Indicator, Integer> strength = new EnumMap<>(Indicator.class);
        for (IndicatorMatch m : matches) {
            strength.put(m.indicator(), m.evidence().size());
        }
        Map<String, Double> values = new LinkedHashMap<>();
        int risks = 0;
        int protective = 0;
        for (Indicator i : Indicator.values()) {
            int s = strength.getOrDefault(i, 0);
            values.put("indicator." + i.name(), (double) s);
            if (s > 0 && i.isProtective()) {
                protective++;
            } else if (s > 0) {
                risks++;
            }
        }
        JobAd ad = analyzed.ad();
        values.put("risk_indicators", (double) risks);
        values.put("protective_signals", (double) protective);
        values.put("has_employer", ad.employer().isEmpty() ? 0.0 : 1.0);
        values.put("has_company_profile", ad.companyProfile().isEmpty() ? 0.0 : 1.0);
        values.put("has_salary", ad.salary().isEmpty() ? 0.0 : 1.0);
        values.put("has_requirements", ad.requirements().isEmpty() ? 0.0 : 1.0);
        values.put("has_benefits", ad.benefits().isEmpty() ? 0.0 : 1.0);
        values.put("log_tokens", Math.log1p(analyzed.tokens().size()));
        Map<Contact.Channel, Integer> channels = new EnumMap<>(Contact.Channel.class);
        found.forEach(c -> channels.merge(c.channel(), 1, Integer::sum));
        for (Contact.Channel c : Contact.Channel.values()) {
            values.put(contactFeature(c), (double) channels.getOrDefault(c, 0));
        }
        values.put("pay.stated", highest == null ? 0.0 : 1.0);
        values.put("pay.monthly_usd_log", highest == null ? 0.0 : Math.log1p(highest.monthlyUsd()));
        values.put("places.countries", (double) Places.regionsIn(String.join(" ", ad.title(), ad.location(),
                ad.description())).size());
        StringBuilder text = new StringBuilder(analyzed.lemmaText());
        for (PostingAttribute a : PostingAttribute.values()) {
            String value = ad.attribute(a);
            if (YES_NO.contains(a)) {
                values.put(attributeFeature(a), value.equals("true") ? 1.0 : 0.0);
                values.put(attributeFeature(a) + ".no", value.equals("false") ? 1.0 : 0.0);
            } else {
                values.put(attributeFeature(a), value.isEmpty() ? 0.0 : 1.0);
                if (!value.isEmpty()) {
                    text.append(' ').append(attributeWord(a, value));
                }
            }
        }
        return new FeatureVector(text.toString(), values, matches);
    }

    /** Adds the messengers and free-mail addresses to the evidence of OFF_PLATFORM_CONTACT. */
    private static List<IndicatorMatch> withOffPlatformContacts(List<IndicatorMatch> matches, List<Contact> found) {
        return withEvidence(matches, Indicator.OFF_PLATFORM_CONTACT,
                found.stream().filter(c -> c.channel().isOffPlatform()).map(Contact::evidence).toList(),
                IndicatorMatch.Source.RULE);
    }

    /**
     * Drops the evidence of UNREALISTIC_PAY that is an amount the worker is charged ("relocation and licence costs (up to
     * GBP 9,500) become repayable"), and the indicator where nothing else shows it: a rule reads the figure, not whose it is.
     */
    private static List<IndicatorMatch> withoutChargesAsPay(List<IndicatorMatch> matches, List<Pay> stated) {
        List<Span> charges = stated.stream().filter(Pay::charged).map(Pay::evidence).toList();
        if (charges.isEmpty()) {
            return matches;
        }
        List<IndicatorMatch> kept = new ArrayList<>();
        for (IndicatorMatch m : matches) {
            List<Span> evidence = m.indicator() != Indicator.UNREALISTIC_PAY ? m.evidence()
                    : m.evidence().stream().filter(s -> charges.stream().noneMatch(s::overlaps)).toList();
            if (!evidence.isEmpty()) {
                kept.add(new IndicatorMatch(m.indicator(), evidence, m.source()));
            }
        }
        return kept;
    }

    /**
     * Adds high pay for work that asks for nothing to the evidence of UNREALISTIC_PAY: the highest pay above
     * {@link #UNREALISTIC_MONTHLY_USD}, or above {@link #UNCHECKABLE_MONTHLY_USD} where the ad shows no protective signal and
     * the pay is by the month or year. Pay by the hour, day or week is made monthly as full-time work, and the minimum wage of
     * a rich destination ("EUR 14.06 an hour") comes to more than the lower bar.
     */
    private static List<IndicatorMatch> withUnrealisticPay(List<IndicatorMatch> matches, List<Pay> wages) {
        boolean asksNothing = matches.stream().anyMatch(m -> m.indicator() == Indicator.NO_REQUIREMENTS);
        if (!asksNothing) {
            return matches;
        }
        boolean checkable = matches.stream().anyMatch(m -> m.indicator().isProtective());
        return wages.stream().filter(p -> p.monthlyUsd() >= unrealisticFrom(p, checkable))
                .max(Comparator.comparingDouble(Pay::monthlyUsd))
                .map(p -> withEvidence(matches, Indicator.UNREALISTIC_PAY, List.of(p.evidence()), IndicatorMatch.Source.RULE))
                .orElse(matches);
    }

    private static double unrealisticFrom(Pay pay, boolean checkable) {
        boolean byTheHourDayOrWeek = pay.period() != Pay.Period.MONTH && pay.period() != Pay.Period.YEAR;
        return checkable || byTheHourDayOrWeek ? UNREALISTIC_MONTHLY_USD : UNCHECKABLE_MONTHLY_USD;
    }

    /**
     * Adds {@link Indicator#OVERSEAS_PLACEMENT} where the ad shows, in words the placement rules did not catch, a
     * departure that a contract must come before ({@link Indicator#CONTRACT_BEFORE_DEPARTURE}) or a cost of the move lent
     * and repaid from wages ({@link Indicator#DEBT_BONDAGE} in a sentence that names the ticket, the visa or the
     * recruitment): either is a step of a move the recruiter arranges, the corpus guide's definition. A salary advance
     * repaid from pay is debt bondage but no move. Their evidence is the placement's evidence, found by the model where
     * the model alone found all of it.
     */
    private static List<IndicatorMatch> withImpliedPlacement(List<IndicatorMatch> matches, AnalyzedAd analyzed) {
        if (matches.stream().anyMatch(m -> m.indicator() == Indicator.OVERSEAS_PLACEMENT)) {
            return matches;
        }
        List<Span> steps = new ArrayList<>();
        IndicatorMatch.Source source = IndicatorMatch.Source.MODEL;
        for (IndicatorMatch m : matches) {
            List<Span> more = stepsOfTheMove(m, analyzed);
            steps.addAll(more);
            if (!more.isEmpty() && m.source() == IndicatorMatch.Source.RULE) {
                source = IndicatorMatch.Source.RULE;
            }
        }
        return withEvidence(matches, Indicator.OVERSEAS_PLACEMENT, steps, source);
    }

    /** @return the evidence of a match that shows a step of the move: a contract before departure, a debt for the move's cost */
    private static List<Span> stepsOfTheMove(IndicatorMatch m, AnalyzedAd analyzed) {
        return switch (m.indicator()) {
            case CONTRACT_BEFORE_DEPARTURE -> m.evidence();
            case DEBT_BONDAGE -> m.evidence().stream()
                    .filter(span -> MOVE_COST.matcher(analyzed.sentenceAround(span)).find()).toList();
            default -> List.of();
        };
    }

    /**
     * Adds an ad that names no employer, or only an intermediary, to the evidence of {@link Indicator#VAGUE_EMPLOYER}
     * ({@link EmployerNaming}); the rules add what the words show ("a reputed company", "our client in Doha"). Such an
     * ad shows no {@link Indicator#IDENTIFIED_EMPLOYER}: the address or website it gives is the agency's, and the
     * employer it stands for cannot be checked.
     */
    private List<IndicatorMatch> withUnnamedEmployer(List<IndicatorMatch> matches, JobAd ad) {
        return employers.unnamedEmployer(ad)
                .map(span -> withEvidence(matches, Indicator.VAGUE_EMPLOYER, List.of(span), IndicatorMatch.Source.RULE).stream()
                        .filter(m -> m.indicator() != Indicator.IDENTIFIED_EMPLOYER).toList())
                .orElse(matches);
    }

    /**
     * Merges more evidence into one indicator's match (spans the rules found that overlap it give way), in text order. The
     * match is the model's only where the model found both it and the evidence added.
     */
    private static List<IndicatorMatch> withEvidence(List<IndicatorMatch> matches, Indicator indicator, List<Span> more,
                                                     IndicatorMatch.Source moreFoundBy) {
        if (more.isEmpty()) {
            return matches;
        }
        List<IndicatorMatch> merged = new ArrayList<>();
        List<Span> evidence = new ArrayList<>(more);
        IndicatorMatch.Source source = moreFoundBy;
        for (IndicatorMatch m : matches) {
            if (m.indicator() == indicator) {
                m.evidence().stream().filter(s -> more.stream().noneMatch(s::overlaps)).forEach(evidence::add);
                if (m.source() == IndicatorMatch.Source.RULE) {
                    source = IndicatorMatch.Source.RULE;
                }
            } else {
                merged.add(m);
            }
        }
        evidence.sort(Comparator.comparing(Span::field).thenComparingInt(Span::start));
        merged.add(new IndicatorMatch(indicator, evidence, source));
        merged.sort(Comparator.comparing(IndicatorMatch::indicator));
        return merged;
    }

    private static String contactFeature(Contact.Channel c) {
        return "contacts." + c.name();
    }

    private static String attributeFeature(PostingAttribute a) {
        return "attribute." + a.name();
    }

    private static String attributeWord(PostingAttribute a, String value) {
        String word = (a.name() + "_" + value).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        return word.replaceAll("_+$", "");
    }
}
