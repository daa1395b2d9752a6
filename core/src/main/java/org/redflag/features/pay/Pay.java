package org.redflag.features.pay;

import org.redflag.nlp.Span;

/**
 * An amount of pay an ad states, normalised to a monthly equivalent in US dollars so that pay can
 * be compared across ads, currencies and periods; or an amount the worker is charged (a fee, a cost
 * to repay, a deduction, a fine), which an ad states in the same way and which is no pay.
 *
 * @param currency the ISO 4217 code
 * @param amount the amount as stated (the upper end of a range)
 * @param period how often it is paid
 * @param monthlyUsd the monthly equivalent in US dollars
 * @param evidence where the ad states it
 * @param charged whether the worker pays it rather than earns it
 */
public record Pay(String currency, double amount, Period period, double monthlyUsd, Span evidence, boolean charged) {

    /** How often an amount is paid, with the factor that makes it monthly (full time: 40 hours, 5 days a week). */
    public enum Period {
        HOUR(173.3), DAY(21.67), WEEK(4.33), MONTH(1), YEAR(1 / 12.0);

        private final double perMonth;

        Period(double perMonth) {
            this.perMonth = perMonth;
        }

        /** @return how many of this period a month holds */
        public double perMonth() {
            return perMonth;
        }
    }
}
