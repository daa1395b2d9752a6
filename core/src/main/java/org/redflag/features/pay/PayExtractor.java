package org.redflag.features.pay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 * with the rates of {@code currencies.txt}. "$", dollars and pesos are the money of the place of work where it writes its
 * own so ({@code local-currencies.txt}: "$25.50 an hour" in New Zealand), unless an ISO code follows ("$9,800 MXN").
 * An overtime rate ("overtime USD 26.25") and a total over a contract or a season ("a total of USD 13,200", "8,000 USD per
 * summer") are no pay for a period and are left out. An amount without a period is read as monthly, unless
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
    private static final Map<Pay.Period, Pattern> PERIOD_WORDS = new EnumMap<>(Map.of(Pay.Period.HOUR, periodWords(HOUR),
            Pay.Period.DAY, periodWords(DAY), Pay.Period.WEEK, periodWords(WEEK), Pay.Period.MONTH, periodWords(MONTH),
            Pay.Period.YEAR, periodWords(YEAR)));
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
    /** An ISO code right after an amount, which names its money: "$9,800 MXN", "$25 usd", "$25 US". */
    private static final Pattern CODE_AFTER = Pattern.compile("^[ \\u00A0]?([A-Za-z]{2,3})(?![\\p{L}])");
    /**
     * An overtime rate, which is no measure of the pay: "overtime USD 26.25", "OT rate: $30". Not pay that holds overtime
     * ("including overtime: USD 4,500", "with paid overtime - USD 35", "No overtime: $25/hr flat").
     */
    private static final Pattern OVERTIME_BEFORE = Pattern.compile("(?<!\\b(?:no|paid|unpaid|including|incl\\.?|with|plus|of)"
            + "[ \\t]{1,2})\\b(?:overtime|over-time|OT|time and a half|lembur|horas extras?)(?:[ \\t]+(?:rate|pay|premium))?"
            + "[ \\t]*(?::|at|=)?[ \\t]*$", Pattern.CASE_INSENSITIVE);
    /**
     * A total over a contract or a season, which is no pay for a period, where the amount has no period of its own: "a total
     * of USD 13,200 over a 24-month contract", "8,000 USD per summer" (not "Total salary USD 5,000 per month").
     */
    private static final Pattern TOTAL_BEFORE = Pattern.compile("\\b(?:(?:in\\s+)?total\\s+of|in\\s+total)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_AFTER = Pattern.compile("^[ \\u00A0]*(?:per|a|each|for\\s+the(?:\\s+whole)?|over\\s+the"
            + "(?:\\s+whole)?)\\s+(?:season|summer|winter|harvest|contract)\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> codeByName;
    private final Map<String, Double> usdPerUnit;
    private final LocalMoney localMoney;
    private final Pattern before;
    private final Pattern after;

    private PayExtractor(Map<String, String> codeByName, Map<String, Double> usdPerUnit, LocalMoney localMoney) {
        this.codeByName = Map.copyOf(codeByName);
        this.usdPerUnit = Map.copyOf(usdPerUnit);
        this.localMoney = localMoney;
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
        return new PayExtractor(codes, rates, LocalMoney.withDefaults());
    }

    /**
     * @param ad the ad
     * @return the pay it states, in field and text order
     */
    public List<Pay> extract(JobAd ad) {
        LocalMoney.Reading local = localMoney.at(ad.location());
        List<Pay> found = new ArrayList<>();
        for (JobAd.Field field : FIELDS) {
            String text = ad.field(field);
            boolean[] taken = new boolean[text.length()];
            Matcher m = before.matcher(text);
            while (m.find()) {
                add(found, taken, field, text, m.start(), m.end(), m.group(1), m.group(4) != null ? m.group(4) : m.group(2),
                        m.group(3) != null, local);
            }
            m = after.matcher(text);
            while (m.find()) {
                add(found, taken, field, text, m.start(), m.end(), m.group(4), m.group(3) != null ? m.group(3) : m.group(1),
                        m.group(2) != null, local);
            }
        }
        found.sort(Comparator.comparing((Pay p) -> p.evidence().field()).thenComparingInt(p -> p.evidence().start()));
        return found;
    }

    private void add(List<Pay> found, boolean[] taken, JobAd.Field field, String text, int start, int end, String name,
                     String number, boolean thousands, LocalMoney.Reading local) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        String localCode = local.currencyOf(lowerName);
        String code = localCode != null ? localCode : codeByName.get(lowerName);
        if (lowerName.equals("$")) {
            Matcher named = CODE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 5)));
            String namedCode = named.find() ? named.group(1).toUpperCase(Locale.ROOT).replaceFirst("^US$", "USD") : null;
            if (namedCode != null && usdPerUnit.containsKey(namedCode)) {
                code = namedCode;
                end += named.end();
            }
        }
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
        boolean periodStated = period != null;
        if (period == null) {
            boolean hourly = usd < HOURLY_RATE_BELOW_USD && amount < HOURLY_RATE_BELOW;
            period = hourly ? Pay.Period.HOUR : usd > 20_000 ? Pay.Period.YEAR : Pay.Period.MONTH;
        }
        if (!Double.isFinite(usd * period.perMonth())) {
            return; // more digits than any pay: as a feature it would be infinite, which no model can score
        }
        for (int i = start; i < spanEnd; i++) {
            taken[i] = true; // an overtime rate or a total left out below is taken all the same: no part of it is pay
        }
        boolean charged = ChargedAmounts.charged(text, start, spanEnd);
        if (!charged && isOvertimeOrTotal(text, start, spanEnd, periodStated)) {
            return;
        }
        found.add(new Pay(code, amount, period, usd * period.perMonth(),
                new Span(field, start, spanEnd, text.substring(start, spanEnd)), charged));
    }

    /** Whether the amount from start to end is an overtime rate, or a total over a contract or season with no period. */
    private static boolean isOvertimeOrTotal(String text, int start, int end, boolean periodStated) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return OVERTIME_BEFORE.matcher(before).find()
                || !periodStated && (TOTAL_BEFORE.matcher(before).find() || TOTAL_AFTER.matcher(after).find());
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
