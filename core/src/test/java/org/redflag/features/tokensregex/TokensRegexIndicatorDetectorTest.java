package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.features.tokensregex.ShippedRules.ANALYZER;
import static org.redflag.features.tokensregex.ShippedRules.DETECTOR;
import static org.redflag.features.tokensregex.ShippedRules.detect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;

class TokensRegexIndicatorDetectorTest {

    private static boolean has(List<IndicatorMatch> matches, Indicator indicator) {
        return matches.stream().anyMatch(m -> m.indicator() == indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        RECRUITMENT_FEE          | Candidates pay a one-time processing fee of 300 USD before departure.
        RECRUITMENT_FEE          | A refundable security deposit is collected at registration.
        DOCUMENT_RETENTION       | Passports are kept safe by the company during the contract.
        DOCUMENT_RETENTION       | Travel documents will be held by management for the whole assignment.
        DEBT_BONDAGE             | The cost of your flight will be settled from your wages.
        DEBT_BONDAGE             | Air ticket advanced, repaid from the first salaries.
        WAGE_WITHHOLDING         | Salary is paid at the end of the six-month season.
        EXCESSIVE_HOURS          | We work 12-hour shifts, 7 days a week.
        RESTRICTED_MOVEMENT      | Workers stay on a remote farm with company transport only.
        UNREALISTIC_PAY          | Guaranteed income of 4,000 EUR a month.
        NO_REQUIREMENTS          | No experience and no English required.
        OVERSEAS_PLACEMENT       | Free visa and flight to the Gulf.
        VAGUE_EMPLOYER           | A large international company seeks workers.
        OFF_PLATFORM_CONTACT     | Message us on WhatsApp only, no calls.
        URGENCY                  | Leave within 7 days, only 5 places left.
        DEMOGRAPHIC_TARGETING    | Girls 18 to 25, single, good looking.
        PERSONAL_DATA_UPFRONT    | Send your passport copy and bank details to reserve your place.
        CONTRACT_ISSUES          | The contract will be signed on arrival.
        VULNERABILITY_TARGETING  | No papers needed, we solve your problems.
        NO_FEE_PLEDGE            | We never charge candidates any fee.
        LICENSED_RECRUITER       | Licence no. 2417/RWP issued by the Bureau of Emigration.
        CONTRACT_BEFORE_DEPARTURE| You receive and sign your contract in Urdu before you travel.
        IDENTIFIED_EMPLOYER      | Harbourline Logistics Ltd, 14 Dock Road, Karachi.
        """)
    void findsTheIndicatorOfItsExamplePhrase(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        RECRUITMENT_FEE          | Our fee for the visa and ticket is USD 900.
        DOCUMENT_RETENTION       | Passports stay with the supervisor for safekeeping.
        DEBT_BONDAGE             | We buy your plane ticket and you pay it back from your wages.
        DEBT_BONDAGE             | The visa cost is deducted over the first six months.
        DEBT_BONDAGE             | The money we spent on your ticket will be taken little by little from your salary.
        DEBT_BONDAGE             | The boss pays first, then deducts 2,000 monthly until paid.
        VULNERABILITY_TARGETING  | Models wanted, 16-21, tall and slim.
        WAGE_WITHHOLDING         | Rent of 100 euro a week is deducted from your wage.
        WAGE_WITHHOLDING         | Your salary is paid to our office and we send it to your family.
        WAGE_WITHHOLDING         | Wages are settled in full at the end of the season.
        EXCESSIVE_HOURS          | Six days of 12 hours.
        RESTRICTED_MOVEMENT      | You cannot leave the farm without permission.
        UNREALISTIC_PAY          | Earn EUR 3,500 a month with free room and meals.
        NO_REQUIREMENTS          | Experience does not matter, we train you.
        OVERSEAS_PLACEMENT       | We arrange the coach from Chisinau to Verona.
        VAGUE_EMPLOYER           | We recruit for a large food and beverage manufacturer in Penang.
        OFF_PLATFORM_CONTACT     | Call Maria 0917 552 8140.
        URGENCY                  | Places are filling fast.
        DEMOGRAPHIC_TARGETING    | Only unmarried ladies may apply.
        PERSONAL_DATA_UPFRONT    | Send a photo of your passport bio page.
        CONTRACT_ISSUES          | You sign the contract once you land in Doha.
        VULNERABILITY_TARGETING  | Lost your job? Permit expired? We can help.
        VULNERABILITY_TARGETING  | Ideal for people with loans to repay.
        NO_FEE_PLEDGE            | Zero cost to the worker.
        LICENSED_RECRUITER       | Manning agency licence GMA/MA/0147 from the Maritime Authority.
        CONTRACT_BEFORE_DEPARTURE| The contract is explained to you in Nepali.
        IDENTIFIED_EMPLOYER      | Office: ul. Polna 12/3, 00-625 Warszawa.
        DOCUMENT_RETENTION       | Passports will be with the site manager for the whole contract.
        DOCUMENT_RETENTION       | The agency retains every worker's identity card during the first month.
        DOCUMENT_RETENTION       | Seaman books are held by the manning agent at the port.
        URGENCY                  | We are leaving at the end of this month.
        URGENCY                  | Pay the booking deposit this week to keep your seat.
        DEBT_BONDAGE             | The cost of the flight is deducted from your first two salaries.
        NO_REQUIREMENTS          | Never worked in a hotel? That's fine.
        WAGE_WITHHOLDING         | We hold back the first month of pay until the season ends.
        WAGE_WITHHOLDING         | Meals are taken out of your wages every week.
        WAGE_WITHHOLDING         | Your accumulated earnings are paid when the contract is over.
        CONTRACT_ISSUES          | You come on a tourist visa and we find you work there.
        VULNERABILITY_TARGETING  | Even if your visa has expired, we can place you.
        VULNERABILITY_TARGETING  | Workers without legal status are welcome.
        EXCESSIVE_HOURS          | Overtime is mandatory during the peak season.
        RESTRICTED_MOVEMENT      | Crew stay at sea for up to 14 months.
        UNREALISTIC_PAY          | Make $250 a day working from your phone.
        NO_FEE_PLEDGE            | Payments are not accepted at any stage.
        NO_FEE_PLEDGE            | The employer pays the agency; you don't.
        NO_FEE_PLEDGE            | We do not work with brokers who ask workers for money.
        LICENSED_RECRUITER       | Overseas employment licence No. MoLS/OEA/0458.
        IDENTIFIED_EMPLOYER      | Visit our office at Kanaalstraat 41, Tilburg.
        IDENTIFIED_EMPLOYER      | Office: P.O. Box 1187, Muscat.
        EXCESSIVE_HOURS          | Six days, packing line, 11 hours a day.
        DEMOGRAPHIC_TARGETING    | Applicants between 22 and 32 years of age.
        RECRUITMENT_FEE          | Wages are sent home after the agency commission is deducted.
        UNREALISTIC_PAY          | Salary QAR 5,000 per month plus free food and lodging.
        UNREALISTIC_PAY          | Monthly pay of ₹1,10,000, with room and meals included.
        UNREALISTIC_PAY          | Pay is 3,000 riyal (about 2 lakh rupees) every month.
        UNREALISTIC_PAY          | I am earning USD 2,000 every month since I joined.
        UNREALISTIC_PAY          | Only 3 hours a day online, daily pay of PHP 4,000.
        UNREALISTIC_PAY          | Cabin stewards get USD 2,200/month + tips.
        UNREALISTIC_PAY          | Drivers take home RM 7,000 a month!!
        CONTRACT_ISSUES          | You will receive your employment contract on arrival in Muscat.
        CONTRACT_ISSUES          | Contracts are signed at the plant gate office on arrival.
        CONTRACT_ISSUES          | Contracts are printed in Korean.
        WAGE_WITHHOLDING         | Fines for lateness are docked from your wages.
        WAGE_WITHHOLDING         | Damage to equipment may be deducted from your final salary.
        WAGE_WITHHOLDING         | Your salary is transferred after the third month of work.
        WAGE_WITHHOLDING         | El primer pago llega a los 60 días.
        EXCESSIVE_HOURS          | Boats go out at dawn, also Sundays and holidays in the peak months.
        EXCESSIVE_HOURS          | Overtime is included in every shift.
        VULNERABILITY_TARGETING  | We still take you if your documents are not in order.
        VULNERABILITY_TARGETING  | Even without a residence permit we handle everything for you.
        VULNERABILITY_TARGETING  | Sin documentos, nosotros nos encargamos de todo.
        DEMOGRAPHIC_TARGETING    | Cerchiamo ragazze rumene o bulgare per il bar.
        DEMOGRAPHIC_TARGETING    | Jobs for men from Nepal, 21-35, in the warehouse.
        """)
    void findsTheIndicatorInOtherWords(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        RECRUITMENT_FEE          | We never charge any fee to workers.
        DOCUMENT_RETENTION       | You keep your own passport at all times.
        DEBT_BONDAGE             | The employer pays your flight and takes nothing back from your wages.
        WAGE_WITHHOLDING         | Your salary is paid in full every month, nothing is held back.
        EXCESSIVE_HOURS          | We work 8-hour shifts, 5 days a week, weekends off.
        RESTRICTED_MOVEMENT      | You live in your own rented flat in town and come and go as you like.
        UNREALISTIC_PAY          | The salary is 2,000 AED per month.
        NO_REQUIREMENTS          | Minimum two years of experience and fluent English required.
        OVERSEAS_PLACEMENT       | Flights are booked by the worker; we do not arrange visas.
        VAGUE_EMPLOYER           | Harbourline Logistics Ltd is hiring at 14 Dock Road.
        OFF_PLATFORM_CONTACT     | Apply through our careers page.
        URGENCY                  | Interviews will be scheduled in the coming months.
        DEMOGRAPHIC_TARGETING    | The work suits all ages and backgrounds.
        PERSONAL_DATA_UPFRONT    | We will ask for your documents after the interview.
        CONTRACT_ISSUES          | Your written contract is signed before departure.
        VULNERABILITY_TARGETING  | This role is open to applicants with a valid work permit.
        VULNERABILITY_TARGETING  | Shifts of 16-18 hours are usual in the season.
        VULNERABILITY_TARGETING  | Charging workers a fee is illegal in this country.
        VULNERABILITY_TARGETING  | Minor repairs to the dormitory are done by the staff.
        NO_FEE_PLEDGE            | A placement fee of USD 500 is payable before departure.
        LICENSED_RECRUITER       | The recruiter's licence number was not given.
        CONTRACT_BEFORE_DEPARTURE| The contract will be signed after you arrive.
        IDENTIFIED_EMPLOYER      | A large company in the Gulf seeks workers.
        IDENTIFIED_EMPLOYER      | Himal Trans Manpower Pvt. Ltd is hiring drivers.
        IDENTIFIED_EMPLOYER      | Salary USD 500, no overtime.
        LICENSED_RECRUITER       | A driving licence held for 2 years is required.
        WAGE_WITHHOLDING         | Free dormitory and meals, no deduction from pay.
        WAGE_WITHHOLDING         | Paid annual leave and a gratuity at the end of the contract.
        WAGE_WITHHOLDING         | A completion bonus is added; nothing is held back from your monthly pay.
        UNREALISTIC_PAY          | Minimum AUD 24.95 per hour guaranteed under the award.
        NO_FEE_PLEDGE            | We pay well, you don't need experience.
        EXCESSIVE_HOURS          | Six days a week, 8 hours a day.
        UNREALISTIC_PAY          | Salary AED 1,200 per month plus free accommodation.
        UNREALISTIC_PAY          | EUR 1,050 gross plus tips shared equally.
        UNREALISTIC_PAY          | Fee of 2,000 dirham (about 45,000 rupees) before departure.
        CONTRACT_ISSUES          | You receive your contract in Khmer at our Phnom Penh office before departure.
        CONTRACT_ISSUES          | You sign your employment contract here, before you fly.
        WAGE_WITHHOLDING         | Your salary is transferred on the last day of every month.
        EXCESSIVE_HOURS          | Evenings and weekends are your own.
        OVERSEAS_PLACEMENT       | Workers enter on a tourist visa.
        DEMOGRAPHIC_TARGETING    | We welcome Ukrainian women and men with a forklift licence.
        VULNERABILITY_TARGETING  | Applicants must bring a valid work permit; we handle the travel.
        """)
    void doesNotFindTheIndicatorWhereTheAdSaysOtherwise(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        DOCUMENT_RETENTION       | No fee, passports kept by the company.
        DOCUMENT_RETENTION       | No fee; passports are kept by the company.
        DOCUMENT_RETENTION       | We take no commission but passports are kept by the company.
        DOCUMENT_RETENTION       | ✅ no experience ✅ passports kept by the company
        DOCUMENT_RETENTION       | • No English needed • passports kept by the company
        RECRUITMENT_FEE          | No experience - pay a processing fee of 300 USD before departure.
        RECRUITMENT_FEE          | Not difficult: candidates pay a processing fee of 300 USD.
        """)
    void aNegationDoesNotReachIntoTheNextClauseOrListItem(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
        RECRUITMENT_FEE          | We never charge a processing fee of 300 USD.       | We charge a processing fee of 300 USD.
        RECRUITMENT_FEE          | Candidates do not pay a processing fee of 300 USD. | Candidates pay a processing fee of 300 USD.
        RECRUITMENT_FEE          | There is no-fee processing for candidates.         | There is a processing fee of 300 USD for candidates.
        DOCUMENT_RETENTION       | The company does not keep your passport.           | The company keeps your passport.
        DOCUMENT_RETENTION       | The agency never retains your identity card.       | The agency retains your identity card.
        WAGE_WITHHOLDING         | We never hold back your wages.                     | We hold back your wages until the end.
        VULNERABILITY_TARGETING  | We do not accept workers without legal status.     | We accept workers without legal status.
        EXCESSIVE_HOURS          | Overtime is never compulsory.                      | Overtime is compulsory.
        RECRUITMENT_FEE          | No agency commission is deducted from your pay.  | The agency commission is deducted from your pay.
        WAGE_WITHHOLDING         | Fines are never deducted from your wages.         | Fines are deducted from your wages.
        CONTRACT_ISSUES          | You never sign your contract on arrival.         | You sign your contract on arrival.
        """)
    void aNegationStillNegatesItsOwnClause(Indicator indicator, String negated, String affirmed) {
        assertThat(detect(affirmed)).as("without the negation").extracting(IndicatorMatch::indicator).contains(indicator);
        assertThat(detect(negated)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        DOCUMENT_RETENTION       | Original passports are taken for safekeeping by the office.
        DOCUMENT_RETENTION       | Your passport is collected at the airport on arrival.
        DOCUMENT_RETENTION       | Paspor ditahan oleh majikan selama kontrak.
        DOCUMENT_RETENTION       | El pasaporte queda con la empresa durante el contrato.
        DOCUMENT_RETENTION       | Passport malik ke paas rahega.
        WAGE_WITHHOLDING         | Housing is the only regular deduction from your pay.
        WAGE_WITHHOLDING         | We settle your costs before paying out the balance.
        WAGE_WITHHOLDING         | Part of every wage goes into a compulsory savings scheme.
        WAGE_WITHHOLDING         | Earnings are held in trust until you go home.
        WAGE_WITHHOLDING         | Wages are paid after the harvest.
        WAGE_WITHHOLDING         | El alojamiento se descuenta del sueldo.
        WAGE_WITHHOLDING         | Gaji dipotong untuk biaya asrama.
        RESTRICTED_MOVEMENT      | Leaving the camp is strictly prohibited.
        RESTRICTED_MOVEMENT      | Carers stay with their assigned family for the full contract.
        RESTRICTED_MOVEMENT      | You cannot change employer during the contract.
        RESTRICTED_MOVEMENT      | Mobile phones must be handed in at the gate.
        RESTRICTED_MOVEMENT      | No se permite salir de la finca.
        RESTRICTED_MOVEMENT      | Tidak boleh keluar asrama tanpa izin.
        URGENCY                  | Don't miss this chance.
        URGENCY                  | Book before the seats fill up.
        URGENCY                  | Offer valid this week only.
        URGENCY                  | Incorporación inmediata.
        URGENCY                  | Vagas limitadas!
        CONTRACT_ISSUES          | All work is off the books.
        CONTRACT_ISSUES          | Contract extended at the employer's discretion.
        CONTRACT_ISSUES          | The taxman doesn't need to know.
        CONTRACT_ISSUES          | Trabajo sin contrato, pago en efectivo.
        CONTRACT_ISSUES          | Lavoro in nero.
        EXCESSIVE_HOURS          | Long working hours in the peak season.
        EXCESSIVE_HOURS          | You work as long as the employer needs.
        EXCESSIVE_HOURS          | Sometimes without a day off for weeks.
        EXCESSIVE_HOURS          | 12 horas diarias, de lunes a domingo.
        EXCESSIVE_HOURS          | Lavoro 7 giorni su 7.
        WAGE_WITHHOLDING         | One month of salary is kept as a security deposit.
        WAGE_WITHHOLDING         | The withheld part is released with the final settlement.
        WAGE_WITHHOLDING         | Hostel beds and the shuttle bus are charged through payroll.
        WAGE_WITHHOLDING         | Fine of 20 euros for every late arrival.
        CONTRACT_ISSUES          | The employment agreement is signed at the worksite.
        CONTRACT_ISSUES          | Your contract will follow later.
        CONTRACT_ISSUES          | A new contract replaces the one signed at home.
        CONTRACT_ISSUES          | Everything works on trust between us.
        EXCESSIVE_HOURS          | Shifts can stretch to 16 hours a day.
        EXCESSIVE_HOURS          | The crew works around the clock during the catch.
        EXCESSIVE_HOURS          | No fixed working hours.
        DOCUMENT_RETENTION       | Passports are kept by the office for safety.
        DOCUMENT_RETENTION       | Your passport is returned at the end of the contract.
        RESTRICTED_MOVEMENT      | Workers stay in company-provided housing.
        RESTRICTED_MOVEMENT      | Shore passes are not issued to the crew.
        RESTRICTED_MOVEMENT      | A bus to town runs on Sundays only.
        URGENCY                  | Visa ready, tickets already booked.
        URGENCY                  | Spot selection at our office.
        URGENCY                  | Apply while places last.
        URGENCY                  | Start date: the sooner the better.
        RESTRICTED_MOVEMENT      | Pickers are housed on the farm.
        RESTRICTED_MOVEMENT      | On-site accommodation for all staff.
        DOCUMENT_RETENTION       | We look after your passport during the season.
        DOCUMENT_RETENTION       | Give us your passport when you arrive.
        VULNERABILITY_TARGETING  | Runaway maids welcome.
        RECRUITMENT_FEE          | Your placement loan is arranged with us.
        RECRUITMENT_FEE          | Training is financed by our partner lending company.
        RECRUITMENT_FEE          | Applicants pay only the medical and insurance charges.
        RECRUITMENT_FEE          | NPR 90,000 cash, no receipt.
        """)
    void findsTheThirdRoundParaphraseFamilies(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        DOCUMENT_RETENTION       | You keep your passport in your own safe custody.
        DOCUMENT_RETENTION       | Paspor disimpan sendiri oleh pekerja.
        WAGE_WITHHOLDING         | Salary is paid in full every month; there are no regular deductions.
        WAGE_WITHHOLDING         | Salario pagado al final de cada mes.
        RESTRICTED_MOVEMENT      | Your contract stays valid for the whole season.
        RESTRICTED_MOVEMENT      | You are free to change employer at any time.
        URGENCY                  | Don't hesitate to contact us with questions.
        URGENCY                  | The vacancy is open until filled.
        CONTRACT_ISSUES          | Cash in hand is never used: all pay goes to your bank account.
        EXCESSIVE_HOURS          | No long hours: 40 a week, weekends off.
        EXCESSIVE_HOURS          | 12 horas semanales, a tiempo parcial.
        EXCESSIVE_HOURS          | The plant runs around the clock in three 8-hour shifts.
        EXCESSIVE_HOURS          | Our helpline is open every day of the year.
        WAGE_WITHHOLDING         | Tax is paid through payroll as the law requires.
        DOCUMENT_RETENTION       | Keep your passport with you for safety.
        URGENCY                  | Applicants must be ready to travel within the region.
        CONTRACT_ISSUES          | Contracts are signed at our Manila office before you fly.
        DOCUMENT_RETENTION       | Send us your passport copy with the form.
        DOCUMENT_RETENTION       | Keep your passport in a safe place.
        VULNERABILITY_TARGETING  | Minors will not be considered.
        VULNERABILITY_TARGETING  | Salary every 3 months to avoid runaways.
        URGENCY                  | We are a young team and we move fast.
        EXCESSIVE_HOURS          | Expect some long days at trade fairs.
        """)
    void theThirdRoundFamiliesLeaveFairWordingAlone(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
        DOCUMENT_RETENTION       | We never take passports for safekeeping.          | We take passports for safekeeping.
        CONTRACT_ISSUES          | We never work off the books.                      | We work off the books.
        EXCESSIVE_HOURS          | There are no long working hours.                  | There are long working hours.
        WAGE_WITHHOLDING         | There are no compulsory savings.                  | There are compulsory savings.
        RECRUITMENT_FEE          | Workers pay no placement fee.                     | Workers pay the placement fee.
        """)
    void aNegationNegatesTheThirdRoundFamilies(Indicator indicator, String negated, String affirmed) {
        assertThat(detect(affirmed)).as("without the negation").extracting(IndicatorMatch::indicator).contains(indicator);
        assertThat(detect(negated)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    @Test
    void aNoFeePledgeIsNotAFee() {
        List<IndicatorMatch> m = detect("We never charge a fee to workers. You do not pay any fees to anyone.");
        assertThat(has(m, Indicator.NO_FEE_PLEDGE)).isTrue();
        assertThat(has(m, Indicator.RECRUITMENT_FEE)).isFalse();
    }

    @Test
    void keepingYourOwnPassportIsNotRetention() {
        assertThat(has(detect("You keep your own passport at all times."), Indicator.DOCUMENT_RETENTION)).isFalse();
    }

    @Test
    void evidenceIsTheExactTextOfItsField() {
        String description = "Good pay. Passports are kept safe by the company. Apply now.";
        List<IndicatorMatch> m = detect(description);
        Span span = m.stream().filter(x -> x.indicator() == Indicator.DOCUMENT_RETENTION).findFirst()
                .orElseThrow().evidence().get(0);
        assertThat(span.field()).isEqualTo(JobAd.Field.DESCRIPTION);
        assertThat(description.substring(span.start(), span.end())).isEqualTo(span.text());
        assertThat(span.text()).startsWith("Passports are kept");
    }

    @Test
    void whatTokensRememberedFromEarlierAdsChangesNothing() {
        // the ads share tokens, so the later ones meet answers the earlier ones left in the trigger memory
        List<AnalyzedAd> ads = List.of(
                "Candidates pay a one-time processing fee of 300 USD before departure. Passports are kept by the company.",
                "We never charge candidates any fee. Message us on WhatsApp only, no calls.",
                "Free visa and flight to the Gulf. The cost of your flight will be settled from your wages.",
                "No fee, passports kept by the company. Leave within 7 days, only 5 places left.")
                .stream().map(text -> ANALYZER.analyze(JobAd.builder().id("t").title("Helper").description(text).build()))
                .toList();
        TokensRegexIndicatorDetector detector = TokensRegexIndicatorDetector.withDefaultRules();
        List<List<IndicatorMatch>> firstSight = ads.stream().map(detector::detect).toList();
        List<List<IndicatorMatch>> remembered = ads.stream().map(detector::detect).toList();
        TokensRegexIndicatorDetector everyRule = TokensRegexIndicatorDetector.withDefaultRulesUnfiltered();
        assertThat(firstSight).allSatisfy(found -> assertThat(found).isNotEmpty());
        assertThat(firstSight).isEqualTo(ads.stream().map(everyRule::detect).toList());
        assertThat(remembered).isEqualTo(firstSight);
    }

    @Test
    void mostOfTheShippedRulesTokenPatternsAreAnsweredByALookup() {
        // the rules write their word lists case-insensitive in Unicode, (?iu); each must still be one lookup of a
        // new token, not a regular expression tried on it (a first scan ran at half speed when none was)
        TokenTriggers triggers = ShippedRules.DETECTOR.triggers();
        assertThat(triggers.wordListPatterns()).isGreaterThan(triggers.patterns() / 2);
    }
}
