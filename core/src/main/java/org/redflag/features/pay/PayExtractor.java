package org.redflag.features.pay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redflag.ad.JobAd;
import org.redflag.features.Lexicon;
import org.redflag.nlp.Span;

/**
 * Finds the amounts of pay an ad states ("USD 1,050-2,100/month", "13.50 EUR an hour",
 * "AED 1800 monthly", "£450 per week") and normalises each to a monthly equivalent in US dollars,
 * with the rates of {@code currencies.txt}. An amount without a period is read as monthly, unless
 * it is too large (then yearly) or too small for a month: then it is hourly when it is written like an
 * hourly rate (under 100 in its own currency and under 40 US dollars, "$25"), and otherwise a one-off sum such as a
 * bonus or an allowance ("PHP 2,000 attendance bonus"), kept at its own size. A period is read on the amount's own line.
 * An amount the worker is charged ("Agent fees 2,50,000 rupees", "travel card £40 taken from pay") is found too, and marked
 * {@link Pay#charged()} ({@link ChargedAmounts}). Thread-safe.
 */
public final class PayExtractor {

    private static final String NUMBER =
            "\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,.  ]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String DAY = "day|daily|hari|harian|diária|diaria|día|dia|jour|tag|ngày|день|dzień|dziennie";
    private static final String WEEK = "week|weekly|wk|semana|semanal|semaine|woche|tydzień|tygodniowo|неделю|tuần|minggu|linggo";
    private static final String MONTH = "month|monthly|mo|bulan|buwan|mes|mensual|mensuales|mês|mensais|mois|monat|miesiąc"
            + "|miesięcznie|месяц|tháng|p\\.?m\\.?";
    private static final String HOUR = "hour|hourly|hr|h|hora|heure|stunde|godzinę|час|giờ|jam";
    private static final String YEAR = "year|yearly|annual|annually|annum|yr|p\\.?a\\.?|año|ano|jahr|rok|год|năm|tahun|taon";
    private static final String PERIOD = String.join("|", DAY, WEEK, MONTH, HOUR, YEAR);
    private static final Map<Pay.Period, Pattern> PERIOD_WORDS = Map.of(Pay.Period.HOUR, periodWords(HOUR), Pay.Period.DAY,
            periodWords(DAY), Pay.Period.WEEK, periodWords(WEEK), Pay.Period.MONTH, periodWords(MONTH), Pay.Period.YEAR,
            periodWords(YEAR));
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "^\\+?[ \\t\\u00A0]*(?:(?:gross|net|brutto|netto|bruto|neto|cash)[ \\t\\u00A0]*)?"
                    + "(?:/|per|an?|each|a[ \\t\\u00A0]+|every|al|la|por|par|pro|za|в|mỗi)?[ \\t\\u00A0]*"
                    + "(" + PERIOD + ")(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "(hourly|daily|weekly|monthly|annual|yearly)\\s+(?:salary|pay|wage|wages|rate|income)?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    /** An amount without a period is read as hourly only if it is worth less than this in US dollars, a plausible hourly wage. */
    private static final double HOURLY_RATE_BELOW_USD = 40;
    /** An amount without a period is only read as hourly when it is below this, in its own currency. */
    private static final double HOURLY_RATE_BELOW = 100;
    private static final List<JobAd.Field> FIELDS = List.of(JobAd.Field.TITLE, JobAd.Field.SALARY, JobAd.Field.DESCRIPTION,
            JobAd.Field.BENEFITS);

    private final Map<String, String> codeByName;
    private final Map<String, Double> usdPerUnit;
    private final Pattern before;
    private final Pattern after;

    private PayExtractor(Map<String, String> codeByName, Map<String, Double> usdPerUnit) {
        this.codeByName = Map.copyOf(codeByName);
        this.usdPerUnit = Map.copyOf(usdPerUnit);
        String names = codeByName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String range = "(?:\\s*(?:-|–|to)\\s*(?:" + names + ")?\\s*(" + NUMBER + "))?";
        this.before = Pattern.compile("(?<![\\p{L}\\d])(" + names + ")\\s?(" + NUMBER + ")(\\s?[kK]\\b)?" + range,
                Pattern.CASE_INSENSITIVE);
        this.after = Pattern.compile("(?<![\\p{L}\\d.,])(" + NUMBER + ")(\\s?[kK]\\b)?" + range + "\\s?(" + names + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE);
    }

    /** @return an extractor with the shipped currency table */
    public static PayExtractor withDefaults() {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String line : Lexicon.lines(PayExtractor.class, "currencies.txt")) {
            String[] parts = line.split("\\s+");
            rates.put(parts[0], Double.parseDouble(parts[1]));
            for (int i = 2; i < parts.length; i++) {
                codes.put(parts[i].toLowerCase(Locale.ROOT), parts[0]);
            }
        }
        return new PayExtractor(codes, rates);
    }

    /**
     * @param ad the ad
     * @return the pay it states, in field and text order
     */
    public List<Pay> extract(JobAd ad) {
        List<Pay> found = new ArrayList<>();
        for (JobAd.Field field : FIELDS) {
            String text = ad.field(field);
            boolean[] taken = new boolean[text.length()];
            Matcher m = before.matcher(text);
            while (m.find()) {
                add(found, taken, field, text, m.start(), m.end(), m.group(1), m.group(4) != null ? m.group(4) : m.group(2),
                        m.group(3) != null);
            }
            m = after.matcher(text);
            while (m.find()) {
                add(found, taken, field, text, m.start(), m.end(), m.group(4), m.group(3) != null ? m.group(3) : m.group(1),
                        m.group(2) != null);
            }
        }
        found.sort(Comparator.comparing((Pay p) -> p.evidence().field()).thenComparingInt(p -> p.evidence().start()));
        return found;
    }

    private void add(List<Pay> found, boolean[] taken, JobAd.Field field, String text, int start, int end, String name,
                     String number, boolean thousands) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        String code = codeByName.get(name.toLowerCase(Locale.ROOT));
        double amount = parse(number) * (thousands ? 1000 : 1);
        if (code == null || amount <= 0) {
            return;
        }
        Matcher p = PERIOD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)));
        int spanEnd = end;
        Pay.Period period = null;
        if (p.find()) {
            period = period(p.group(1));
            spanEnd = end + p.end();
        } else {
            Matcher b = PERIOD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
            if (b.find()) {
                period = period(b.group(1));
            }
        }
        double usd = amount * usdPerUnit.get(code);
        if (period == null) {
            boolean hourly = usd < HOURLY_RATE_BELOW_USD && amount < HOURLY_RATE_BELOW;
            period = hourly ? Pay.Period.HOUR : usd > 20_000 ? Pay.Period.YEAR : Pay.Period.MONTH;
        }
        for (int i = start; i < spanEnd; i++) {
            taken[i] = true;
        }
        found.add(new Pay(code, amount, period, usd * period.perMonth(),
                new Span(field, start, spanEnd, text.substring(start, spanEnd)), ChargedAmounts.charged(text, start, spanEnd)));
    }

    private static Pay.Period period(String word) {
        return PERIOD_WORDS.entrySet().stream().filter(e -> e.getValue().matcher(word).matches()).map(Map.Entry::getKey)
                .findFirst().orElse(Pay.Period.MONTH);
    }

    private static Pattern periodWords(String words) {
        return Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Reads "1,050", "1.200", "1 800", "12.60", "12,6" and the Indian "1,20,000": a separator before three digits
     * groups thousands, a comma before two digits that more digits follow groups lakhs.
     */
    static double parse(String number) {
        String n = number.replaceAll("[  ]", "").replaceAll(",(?=\\d{2},)", "");
        n = n.replaceAll("[.,](?=\\d{3}(?:\\D|$))", "");
        return Double.parseDouble(n.replace(',', '.'));
    }
}
