package org.redflag.features.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;

class PayExtractorTest {

    private final PayExtractor extractor = PayExtractor.withDefaults();

    private List<Pay> pay(String description) {
        return extractor.extract(JobAd.builder().id("t").description(description).build());
    }

    /** @return the period of the first amount the description states */
    private Pay.Period period(String description) {
        return pay(description).get(0).period();
    }

    /** @return whether the worker is charged the first amount the description states */
    private boolean charged(String description) {
        return pay(description).get(0).charged();
    }

    @Test
    void aMonthlyRangeIsReadAtItsUpperEnd() {
        List<Pay> found = pay("Bosun: USD 1,050-2,100/month by rank.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).currency()).isEqualTo("USD");
        assertThat(found.get(0).amount()).isEqualTo(2100);
        assertThat(found.get(0).period()).isEqualTo(Pay.Period.MONTH);
        assertThat(found.get(0).evidence().text()).isEqualTo("USD 1,050-2,100/month");
    }

    @Test
    void aNumberBeyondAnyPayIsNoPay() {
        String huge = "1" + "0".repeat(309);
        assertThat(pay("Salary " + huge + " USD per month")).isEmpty();
        assertThat(pay("Salary 17" + "0".repeat(307) + " EUR per month")).as("a number, but not once made dollars").isEmpty();
        assertThat(pay("Salary 1800 USD per month, not " + huge + " USD")).extracting(Pay::amount).containsExactly(1800.0);
    }

    @Test
    void hourlyWeeklyAndYearlyPayBecomeMonthlyDollars() {
        assertThat(pay("13.50 EUR an hour").get(0).monthlyUsd()).isCloseTo(13.5 * 1.08 * 173.3, within(0.5));
        assertThat(pay("£450 per week").get(0).monthlyUsd()).isCloseTo(450 * 1.27 * 4.33, within(0.5));
        assertThat(pay("£140/day").get(0).monthlyUsd()).as("five days a week, as the hourly rate's forty hours")
                .isCloseTo(140 * 1.27 * 21.67, within(0.5));
        assertThat(pay("salary GBP 36,000 a year").get(0).monthlyUsd()).isCloseTo(36000 * 1.27 / 12, within(0.5));
    }

    @Test
    void currencyAfterTheNumberAndLocalNamesAreRead() {
        Pay p = pay("Basic salary 1800 AED plus overtime").get(0);
        assertThat(p.currency()).isEqualTo("AED");
        assertThat(p.monthlyUsd()).isCloseTo(1800 * 0.272, within(0.5));
        assertThat(pay("Monthly pay: RM 1.700").get(0).currency()).isEqualTo("MYR");
        assertThat(pay("Monthly pay: RM 1.700").get(0).amount()).isEqualTo(1700);
    }

    @Test
    void indianDigitGroupingIsReadInLakhs() {
        Pay p = pay("Salary ₹1,20,000/month + incentives").get(0);
        assertThat(p.amount()).isEqualTo(120_000);
        assertThat(p.period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pay("Rs 12,50,000 a year").get(0).amount()).isEqualTo(1_250_000);
    }

    @Test
    void monthsAndCurrenciesOfTheWorkersOwnLanguagesAreRead() {
        Pay rupiah = pay("Gaji Rp 8.500.000/bulan, mess gratis").get(0);
        assertThat(rupiah.currency()).isEqualTo("IDR");
        assertThat(rupiah.amount()).isEqualTo(8_500_000);
        assertThat(rupiah.period()).isEqualTo(Pay.Period.MONTH);
        Pay reais = pay("Salário de R$ 2.800 por mês").get(0);
        assertThat(reais.currency()).isEqualTo("BRL");
        assertThat(reais.period()).isEqualTo(Pay.Period.MONTH);
        assertThat(reais.evidence().text()).isEqualTo("R$ 2.800 por mês");
        assertThat(pay("Sueldo 1.400 EUR al mes").get(0).evidence().text()).isEqualTo("1.400 EUR al mes");
    }

    @Test
    void aMissingPeriodIsGuessedFromTheSize() {
        assertThat(period("Earn $25 with us")).isEqualTo(Pay.Period.HOUR);
        assertThat(period("Package $4,000 all in")).isEqualTo(Pay.Period.MONTH);
        assertThat(period("Package $65k")).isEqualTo(Pay.Period.YEAR);
    }

    @Test
    void aSmallSumThatIsNotWrittenLikeAnHourlyRateIsAOneOffSum() {
        Pay bonus = pay("PHP 21,000 a month + PHP 2,000 attendance bonus").get(1);
        assertThat(bonus.period()).isEqualTo(Pay.Period.MONTH);
        assertThat(bonus.monthlyUsd()).isCloseTo(2000 * 0.017, within(0.5));
    }

    @Test
    void aSmallSumThatIsTooMuchForAnHourIsAOneOffSum() {
        Pay allowance = pay("Salary OMR 110 + OMR 20").get(1);
        assertThat(allowance.period()).as("OMR 20 is 52 USD: no wage an hour").isEqualTo(Pay.Period.MONTH);
    }

    @Test
    void periodsInTheWorkersOwnLanguagesAreRead() {
        assertThat(period("Gaji RM 80/hari!")).isEqualTo(Pay.Period.DAY);
        assertThat(period("allotment na USD 50/buwan sa pamilya")).isEqualTo(Pay.Period.MONTH);
        assertThat(period("Ubezpieczenie 32 EUR tygodniowo")).isEqualTo(Pay.Period.WEEK);
        assertThat(period("$15 la hora + horas extra")).isEqualTo(Pay.Period.HOUR);
        assertThat(period("14,06 EUR brutto/h")).isEqualTo(Pay.Period.HOUR);
        assertThat(period("make $1,500+ a week")).isEqualTo(Pay.Period.WEEK);
    }

    @Test
    void aPeriodIsReadOnTheAmountsOwnLineAndAsAWholeWord() {
        assertThat(period("Gaji Rp 4.500.000\nJam kerja 08.00-17.00")).isEqualTo(Pay.Period.MONTH);
        assertThat(period("Salary: $3,500\nHR contact: Ana")).isEqualTo(Pay.Period.MONTH);
        assertThat(period("Fee $500 H2B visa")).isNotEqualTo(Pay.Period.HOUR);
    }

    @Test
    void anAmountAfterAWordOfChargeInItsClauseIsCharged() {
        assertThat(charged("Phí xuất cảnh 4.000 USD trừ dần vào lương")).isTrue();
        assertThat(charged("- Agent fees 2,50,000 rupees, aadha pehle")).isTrue();
        assertThat(charged("Total cost 12,000 EUR: 6,000 before the nulla osta")).isTrue();
        assertThat(charged("Those who resign must compensate the company USD 4,000.")).isTrue();
        assertThat(charged("za spóźnienie kara 50 EUR")).isTrue();
    }

    @Test
    void aWordOfChargeInAJobTitleOrAPhraseChargesNothing() {
        assertThat(charged("Charge Nurse: $45 per hour")).isFalse();
        assertThat(charged("Loan Officer: $8,000 monthly")).isFalse();
        assertThat(pay("free coffee and tea for all staff at our friendly family-run cafe in historic old town: USD 3,000 a month")
                .get(0).charged()).as("the 'fee' of 'coffee' at the edge of the clause read").isFalse();
    }

    @Test
    void aFeeIsChargedAcrossADashOrAnAbbreviation() {
        assertThat(charged("Recruitment fee - USD 3000")).isTrue();
        assertThat(charged("Registration fee (incl. visa) USD 800")).isTrue();
        assertThat(charged("Agency commission: INR 2,50,000")).isTrue();
        assertThat(charged("Deduction for housing: USD 300 per month")).isTrue();
        for (String deducted : List.of("se rețin", "se reţin", "se retin")) {
            assertThat(pay("Din salariu " + deducted + " lunar cazarea (380 €) și echipamentul (25 €).")).as(deducted)
                    .extracting(Pay::charged).containsExactly(true, true);
        }
    }

    @Test
    void aDeductionAfterAnotherAmountOrDeniedLeavesThePayAlone() {
        List<Pay> found = pay("Salary AED 20,000/month, AED 300 deducted for accommodation");
        assertThat(found).extracting(Pay::charged).containsExactly(false, true);
        assertThat(charged("Salary USD 2,500/month, nothing deducted from your pay")).isFalse();
        assertThat(charged("USD 5,000/month, accommodation and food taken care of by the company")).isFalse();
    }

    @Test
    void anAmountTakenFromPayIsCharged() {
        assertThat(pay("rent £100 week and travel card £40 taken from pay").get(1).charged()).isTrue();
        assertThat(charged("FOOD 15 KD CUT FROM SALARY")).isTrue();
    }

    @Test
    void aWordOfPayOrANoAfterTheChargeMakesTheAmountPayAgain() {
        assertThat(charged("No placement fee, salary USD 1,500 a month")).isFalse();
        assertThat(charged("Zero fees, USD 1,500 a month")).isFalse();
        assertThat(charged("No placement or visa fees, USD 5,000/month")).isFalse();
        assertThat(charged("We don't charge any fee, USD 4,000 monthly")).isFalse();
        assertThat(charged("Visa and ticket costs covered by the employer, USD 2,500 monthly")).isFalse();
        assertThat(charged("No agency fee, USD 1,500 a month")).isFalse();
        assertThat(charged("Compensation: $18.00 per hour")).isFalse();
        assertThat(charged("We will compensate you USD 5,000 per month")).isFalse();
        assertThat(charged("5% commission on the funded amount and 1% in fee commissions ($3250 commission)"))
                .isFalse();
    }

    private List<Pay> payIn(String location, String description) {
        return extractor.extract(JobAd.builder().id("t").location(location).description(description).build());
    }

    /** @return the currency of the first amount the description of an ad for work at the location states */
    private String currencyIn(String location, String description) {
        return payIn(location, description).get(0).currency();
    }

    @Test
    void dollarsAndPesosAreTheMoneyOfThePlaceOfWork() {
        assertThat(currencyIn("Havelock, Marlborough, New Zealand", "$24.10 an hour")).isEqualTo("NZD");
        assertThat(currencyIn("NZ, N, Auckland", "$24.10 an hour")).isEqualTo("NZD");
        assertThat(currencyIn("Auckland, NZ", "$24.10 an hour")).isEqualTo("NZD");
        assertThat(currencyIn("Sydney, AU", "$31 an hour")).isEqualTo("AUD");
        assertThat(currencyIn("Santiago, CL", "$780.000 al mes")).isEqualTo("CLP");
        Pay chile = payIn("Rancagua, Chile", "promedio $780.000 líquidos").get(0);
        assertThat(chile.currency()).isEqualTo("CLP");
        assertThat(chile.monthlyUsd()).isCloseTo(780_000 * 0.00105, within(0.5));
        assertThat(currencyIn("Cancún, Quintana Roo, México", "gana 300 pesos al día")).isEqualTo("MXN");
        assertThat(currencyIn("Albuquerque, New Mexico", "$18 an hour")).isEqualTo("USD");
        assertThat(currencyIn("Manila, Philippines", "$1,500 a month")).isEqualTo("USD");
        assertThat(currencyIn("Smithers, BC, Canada", "USD 2,000 a month")).isEqualTo("USD");
    }

    @Test
    void aPlaceDecidesTheMoneyOnlyWhereItIsTheCountry() {
        for (String elsewhere : List.of("Gulf of Mexico", "Mexico, NY", "La Canada Flintridge, CA",
                "Denver, CO", "Little Rock, AR", "Remote (Canada, AU)", "Canada Water, London, UK",
                "Vancouver, British Colombia", "CA, Los Angeles", "US, CA, Los Angeles", "Remote (USA, Canada, Australia)",
                "Remote - US or Canada")) {
            assertThat(currencyIn(elsewhere, "$30 an hour")).as(elsewhere).isEqualTo("USD");
        }
        assertThat(currencyIn("Cancún, México", "20 dollars an hour")).as("a peso country's dollars")
                .isEqualTo("USD");
        assertThat(currencyIn("Auckland, New Zealand", "2,000 pesos a month")).isEqualTo("PHP");
        assertThat(currencyIn("Toronto, Canada", "$25 usd per hour")).isEqualTo("USD");
        assertThat(currencyIn("Toronto, Canada", "$25 US per hour")).isEqualTo("USD");
    }

    @Test
    void anIsoCodeAfterADollarSignNamesTheMoney() {
        Pay pesos = pay("Sueldo $9,800 MXN mensuales más propinas").get(0);
        assertThat(pesos.currency()).isEqualTo("MXN");
        assertThat(pesos.period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pesos.evidence().text()).isEqualTo("$9,800 MXN mensuales");
        assertThat(currencyIn("Toronto, Canada", "$45,000 USD a year")).isEqualTo("USD");
    }

    @Test
    void anOvertimeRateOrATotalIsNoPayForAPeriod() {
        assertThat(pay("USD 17.50/hr, overtime USD 26.25 after 8 h/day")).extracting(Pay::amount).containsExactly(17.5);
        assertThat(pay("OT rate: $30 per hour, base $20 per hour")).extracting(Pay::amount).containsExactly(20.0);
        assertThat(pay("Monthly salary USD 550, a total of USD 13,200 over a 24-month contract"))
                .extracting(Pay::amount).containsExactly(550.0);
        assertThat(pay("earn 8,000 USD per summer!")).isEmpty();
        assertThat(pay("With overtime, earn up to $5,000 a month")).extracting(Pay::amount).containsExactly(5000.0);
    }

    @Test
    void payThatHoldsOvertimeOrATotalOfItsPeriodIsPay() {
        for (String stated : List.of("Full time with paid overtime - USD 35 per hour", "No overtime: $25/hr flat",
                "Salary including overtime: USD 4,500 per month", "Total salary USD 5,000 per month",
                "USD 30 per hour for the whole season")) {
            assertThat(pay(stated)).as(stated).hasSize(1);
        }
        assertThat(pay("Placement fees: a total of USD 3,000")).as("a total charged is kept as a charge")
                .extracting(Pay::charged).containsExactly(true);
    }

    @Test
    void numbersWithoutACurrencyAreNotPay() {
        assertThat(pay("Lift 25 kg, work 12 hours, 50 vacancies, age 21-35, call 0300 1234567")).isEmpty();
    }
}
