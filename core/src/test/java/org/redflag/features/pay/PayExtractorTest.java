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
        assertThat(pay("Earn $25 with us").get(0).period()).isEqualTo(Pay.Period.HOUR);
        assertThat(pay("Package $4,000 all in").get(0).period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pay("Package $65k").get(0).period()).isEqualTo(Pay.Period.YEAR);
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
        assertThat(pay("Gaji RM 80/hari!").get(0).period()).isEqualTo(Pay.Period.DAY);
        assertThat(pay("allotment na USD 50/buwan sa pamilya").get(0).period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pay("Ubezpieczenie 32 EUR tygodniowo").get(0).period()).isEqualTo(Pay.Period.WEEK);
        assertThat(pay("$15 la hora + horas extra").get(0).period()).isEqualTo(Pay.Period.HOUR);
        assertThat(pay("14,06 EUR brutto/h").get(0).period()).isEqualTo(Pay.Period.HOUR);
        assertThat(pay("make $1,500+ a week").get(0).period()).isEqualTo(Pay.Period.WEEK);
    }

    @Test
    void aPeriodIsReadOnTheAmountsOwnLineAndAsAWholeWord() {
        assertThat(pay("Gaji Rp 4.500.000\nJam kerja 08.00-17.00").get(0).period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pay("Salary: $3,500\nHR contact: Ana").get(0).period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pay("Fee $500 H2B visa").get(0).period()).isNotEqualTo(Pay.Period.HOUR);
    }

    @Test
    void anAmountAfterAWordOfChargeInItsClauseIsCharged() {
        assertThat(pay("Phí xuất cảnh 4.000 USD trừ dần vào lương").get(0).charged()).isTrue();
        assertThat(pay("- Agent fees 2,50,000 rupees, aadha pehle").get(0).charged()).isTrue();
        assertThat(pay("Total cost 12,000 EUR: 6,000 before the nulla osta").get(0).charged()).isTrue();
        assertThat(pay("Those who resign must compensate the company USD 4,000.").get(0).charged()).isTrue();
        assertThat(pay("za spóźnienie kara 50 EUR").get(0).charged()).isTrue();
    }

    @Test
    void aWordOfChargeInAJobTitleOrAPhraseChargesNothing() {
        assertThat(pay("Charge Nurse: $45 per hour").get(0).charged()).isFalse();
        assertThat(pay("Loan Officer: $8,000 monthly").get(0).charged()).isFalse();
        assertThat(pay("free coffee and tea for all staff at our friendly family-run cafe in historic old town: USD 3,000 a month")
                .get(0).charged()).as("the 'fee' of 'coffee' at the edge of the clause read").isFalse();
    }

    @Test
    void aFeeIsChargedAcrossADashOrAnAbbreviation() {
        assertThat(pay("Recruitment fee - USD 3000").get(0).charged()).isTrue();
        assertThat(pay("Registration fee (incl. visa) USD 800").get(0).charged()).isTrue();
        assertThat(pay("Agency commission: INR 2,50,000").get(0).charged()).isTrue();
        assertThat(pay("Deduction for housing: USD 300 per month").get(0).charged()).isTrue();
        for (String deducted : List.of("se rețin", "se reţin", "se retin")) {
            assertThat(pay("Din salariu " + deducted + " lunar cazarea (380 €) și echipamentul (25 €).")).as(deducted)
                    .extracting(Pay::charged).containsExactly(true, true);
        }
    }

    @Test
    void aDeductionAfterAnotherAmountOrDeniedLeavesThePayAlone() {
        List<Pay> found = pay("Salary AED 20,000/month, AED 300 deducted for accommodation");
        assertThat(found).extracting(Pay::charged).containsExactly(false, true);
        assertThat(pay("Salary USD 2,500/month, nothing deducted from your pay").get(0).charged()).isFalse();
        assertThat(pay("USD 5,000/month, accommodation and food taken care of by the company").get(0).charged()).isFalse();
    }

    @Test
    void anAmountTakenFromPayIsCharged() {
        assertThat(pay("rent £100 week and travel card £40 taken from pay").get(1).charged()).isTrue();
        assertThat(pay("FOOD 15 KD CUT FROM SALARY").get(0).charged()).isTrue();
    }

    @Test
    void aWordOfPayOrANoAfterTheChargeMakesTheAmountPayAgain() {
        assertThat(pay("No placement fee, salary USD 1,500 a month").get(0).charged()).isFalse();
        assertThat(pay("Zero fees, USD 1,500 a month").get(0).charged()).isFalse();
        assertThat(pay("No placement or visa fees, USD 5,000/month").get(0).charged()).isFalse();
        assertThat(pay("We don't charge any fee, USD 4,000 monthly").get(0).charged()).isFalse();
        assertThat(pay("Visa and ticket costs covered by the employer, USD 2,500 monthly").get(0).charged()).isFalse();
        assertThat(pay("No agency fee, USD 1,500 a month").get(0).charged()).isFalse();
        assertThat(pay("Compensation: $18.00 per hour").get(0).charged()).isFalse();
        assertThat(pay("We will compensate you USD 5,000 per month").get(0).charged()).isFalse();
        assertThat(pay("5% commission on the funded amount and 1% in fee commissions ($3250 commission)").get(0).charged())
                .isFalse();
    }

    private List<Pay> payIn(String location, String description) {
        return extractor.extract(JobAd.builder().id("t").location(location).description(description).build());
    }

    @Test
    void dollarsAndPesosAreTheMoneyOfThePlaceOfWork() {
        assertThat(payIn("Havelock, Marlborough, New Zealand", "$24.10 an hour").get(0).currency()).isEqualTo("NZD");
        assertThat(payIn("NZ, N, Auckland", "$24.10 an hour").get(0).currency()).isEqualTo("NZD");
        Pay chile = payIn("Rancagua, Chile", "promedio $780.000 líquidos").get(0);
        assertThat(chile.currency()).isEqualTo("CLP");
        assertThat(chile.monthlyUsd()).isCloseTo(780_000 * 0.00105, within(0.5));
        assertThat(payIn("Cancún, Quintana Roo, México", "gana 300 pesos al día").get(0).currency()).isEqualTo("MXN");
        assertThat(payIn("Albuquerque, New Mexico", "$18 an hour").get(0).currency()).isEqualTo("USD");
        assertThat(payIn("Manila, Philippines", "$1,500 a month").get(0).currency()).isEqualTo("USD");
        assertThat(payIn("Smithers, BC, Canada", "USD 2,000 a month").get(0).currency()).isEqualTo("USD");
    }

    @Test
    void aPlaceDecidesTheMoneyOnlyWhereItIsTheCountry() {
        for (String elsewhere : List.of("Gulf of Mexico", "Mexico, NY", "La Canada Flintridge, CA", "Canada Water, London, UK",
                "Vancouver, British Colombia", "CA, Los Angeles", "US, CA, Los Angeles", "Remote (USA, Canada, Australia)",
                "Remote - US or Canada")) {
            assertThat(payIn(elsewhere, "$30 an hour").get(0).currency()).as(elsewhere).isEqualTo("USD");
        }
        assertThat(payIn("Cancún, México", "20 dollars an hour").get(0).currency()).as("a peso country's dollars")
                .isEqualTo("USD");
        assertThat(payIn("Auckland, New Zealand", "2,000 pesos a month").get(0).currency()).isEqualTo("PHP");
        assertThat(payIn("Toronto, Canada", "$25 usd per hour").get(0).currency()).isEqualTo("USD");
        assertThat(payIn("Toronto, Canada", "$25 US per hour").get(0).currency()).isEqualTo("USD");
    }

    @Test
    void anIsoCodeAfterADollarSignNamesTheMoney() {
        Pay pesos = pay("Sueldo $9,800 MXN mensuales más propinas").get(0);
        assertThat(pesos.currency()).isEqualTo("MXN");
        assertThat(pesos.period()).isEqualTo(Pay.Period.MONTH);
        assertThat(pesos.evidence().text()).isEqualTo("$9,800 MXN mensuales");
        assertThat(payIn("Toronto, Canada", "$45,000 USD a year").get(0).currency()).isEqualTo("USD");
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
