package org.redflag.features.pay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an amount the worker is charged (a fee, a cost to repay, a deposit, a fine, a deduction) from pay, by the words of
 * its clause: "Agent fees 2,50,000 rupees", "Phí xuất cảnh 4.000 USD", "must compensate the company USD 4,000", "travel card
 * £40 taken from pay" are charged; "No placement or visa fees, USD 5,000/month", "Visa costs covered by the employer, USD 2,500
 * monthly", "Charge Nurse: $45 per hour" and "Salary AED 20,000/month, AED 300 deducted for rent" (the 20,000) are not. The
 * words decide, not the sense: "ZERO PLACEMENT FEE – placement cost PHP 85,000 ..." reads as a denied charge.
 */
final class ChargedAmounts {

    /**
     * Words of charge, in the corpus's languages; "compensate" only with the company as its object, a commission only where an
     * agency or agent takes it.
     */
    private static final String CHARGE = "fees?|costs?|costing|charges?|charged|prices?|priced|deposits?|bonds?|investment"
            + "|compensate(?=\\s+(?:the|our|your|its)?\\s*(?:company|employer|agency|agent|recruiter|sponsor))|repay\\w*|deductions?"
            + "|penalt(?:y|ies)|fines?|loans?|(?<!in\\s)advances?|debts?|owe[sd]?|frais|prix|coût\\w*|phí|tarifas?|cuotas?"
            + "|costos?|costes?|custos?|taxas?|precios?|preços?|trámites?|biaya|harga|denda|multas?|opłat\\w*|koszt\\w*|kar[aąy]|kaucj\\w*"
            + "|стоимост\\w*|взнос\\w*|штраф\\w*|залог\\w*|re[țţ]in\\w*|(?<=se\\s)retin\\w*"
            + "|(?:agency|agent's|agent|recruitment|placement|service)\\s+commissions?";
    /** Job titles and phrases that hold a word of charge but charge nothing ("Charge Nurse", "Loan Officer", "direct deposit"). */
    private static final String NO_CHARGE_AFTER = "\\s+(?:nurses?|officers?|collectors?|collections?|dining|hands?|managers?"
            + "|analysts?|specialists?|processors?|advisers?|advisors?|advice|counsell?(?:ors?|ing)|desk|team|clerks?)\\b";
    /**
     * Words of pay; a hotel's service charge shared with its staff ("+ service charge", "a share of the service charge"; a
     * recruiter's "Service charge NPR 1,60,000" is a fee), "paid" unless the worker pays ("to be paid upfront"), "commission"
     * unless an agency or agent takes it.
     */
    private static final String PAY = "salar\\w*|wages?|earn\\w*|income|compensation"
            + "|(?<=(?:\\+|plus|of the|monthly)\\s{1,2})service\\s+charges?|paid(?!\\s*(?::|upfront|up front|in advance|before"
            + "|first|now|by you|by the (?:worker|candidate|applicant)|to (?:the |our )?(?:agent|agency|company|us)))"
            + "|(?<!agency |agent |agent's |recruitment |placement |service )commissions?"
            + "|pay(?=\\s*(?::|is\\b|rate|range|scale))|sueldos?|salário|lương|gaji|upah|salaire|rémunération|зарплат\\w*"
            + "|заработ\\w*|оклад\\w*|pensj\\w*|wynagrodz\\w*|sahod|suweldo|thu nhập";
    private static final Pattern CHARGE_OR_PAY = Pattern.compile("(?U)\\b(?:(?<charge>(?:" + CHARGE + ")(?!" + NO_CHARGE_AFTER
            + "))|(?<pay>" + PAY + "))\\b", Pattern.CASE_INSENSITIVE);
    /** A denial within the four words before a word of charge: "No placement or visa fees", "We don't charge any fee". */
    private static final Pattern DENIED = Pattern.compile("(?U)\\b(?:no|zero|without|never|not|don't|doesn't|free\\s+of|sin|sem"
            + "|sans|không|nie|без)\\b(?:\\W+\\w+){0,3}\\W*$", Pattern.CASE_INSENSITIVE);
    /** The employer bears the cost: "visa costs covered", "Employer pays all fees", "fees waived", "borne by the company". */
    private static final Pattern BORNE = Pattern.compile("(?U)\\b(?:covered|waived|(?:borne|paid)\\s+by\\s+(?:the\\s+)?"
            + "(?:employer|company|us)|(?:employer|company|we)\\s+(?:pays?|bears?|covers?))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Words soon after an amount that take it from the worker's pay, with no denial between: "£40 taken from pay", "15 KD CUT
     * FROM SALARY", "meals (AED 250) and transport (AED 100) are deducted", "4.000 USD trừ dần vào lương". They count only
     * where no word of pay stands in the clause since the last figure before the amount: "Salary AED 20,000" is pay, whatever
     * follows it.
     */
    private static final Pattern DEDUCTED_AFTER = Pattern.compile("(?U)^(?:(?!\\b(?:no|not|nothing|never)\\b)[^.;!?\\n•]){0,40}?"
            + "\\b(?:deducted|cut(?:\\s+\\w+)?\\s+(?:from|for|off)|cut\\s+(?:monthly|weekly|every|each)|taken(?:\\s+\\w+)?\\s+"
            + "(?:from|out|off|back)|(?<!tax\\s)withheld|recovered\\s+from|potrącan\\w*|trừ\\s+(?:dần|vào)|dipotong|potong"
            + "|descontad[oa]s?|kaltas|удержива\\w*|вычита\\w*)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Where a clause ends, looking back from an amount: a sentence's or a list's mark, or a full stop that is neither inside a
     * number nor after a common abbreviation ("approx.", "incl.").
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[!?;\\n•]|(?<!\\b(?:approx|appr|incl|excl|ca|est|min|max|avg|vs|etc|no|nr))\\.(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** How far before an amount its clause is read. */
    private static final int LOOKBACK = 80;
    /** How far after an amount a deduction is looked for. */
    private static final int LOOKAHEAD = 50;

    private ChargedAmounts() {
    }

    /**
     * @param text the field's text
     * @param start where the amount starts
     * @param end where it ends, with its period
     * @return whether the worker is charged the amount: the last word of charge or pay in its clause before it is one of
     *     charge, neither denied nor borne by the employer, or its clause says right after it that it is taken from pay
     */
    static boolean charged(String text, int start, int end) {
        String clause = clauseBefore(text, start);
        int lastFigureEnd = clause.length();
        while (lastFigureEnd > 0 && !Character.isDigit(clause.charAt(lastFigureEnd - 1))) {
            lastFigureEnd--;
        }
        Matcher word = CHARGE_OR_PAY.matcher(clause);
        int chargeAt = -1;
        boolean paidFor = false;
        while (word.find()) {
            boolean pay = word.group("pay") != null;
            chargeAt = pay ? -1 : word.start();
            paidFor |= pay && word.start() >= lastFigureEnd;
        }
        boolean charge = chargeAt >= 0 && !DENIED.matcher(clause.substring(0, chargeAt)).find()
                && !BORNE.matcher(clause).find();
        String after = text.substring(end, Math.min(text.length(), end + LOOKAHEAD));
        return charge || !paidFor && DEDUCTED_AFTER.matcher(after).find();
    }

    /** The text of the amount's clause before it, at most {@link #LOOKBACK} characters and from a word's start. */
    private static String clauseBefore(String text, int start) {
        int from = Math.max(0, start - LOOKBACK);
        if (from > 0) {
            while (from < start && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
        }
        String before = text.substring(from, start);
        Matcher boundary = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        return before.substring(clauseStart);
    }
}
