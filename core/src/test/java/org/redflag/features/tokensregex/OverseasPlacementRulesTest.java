package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.features.Indicator;

/**
 * OVERSEAS_PLACEMENT under the settled corpus guide: one step of the move abroad that the recruiter arranges is enough,
 * whoever pays for it in the end; a job abroad that leaves the move to the worker is not a placement.
 */
class OverseasPlacementRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Candidates pay a EUR 1,500 arrangement fee for employment permit processing.",
        "Visa processing charge 2,80,000 rupees.",
        "Workers repay the MoU processing costs (THB 18,000) via payroll deductions.",
        "A service fee of USD 2,800 is payable in two instalments before the visa application.",
        "Training fee PHP 65,000 in our Makati training center before deployment.",
        "Selected candidates travel within three weeks of selection.",
        "After training, selected candidates embark within 30 days.",
        "Departure every Monday from Plovdiv.",
        "Our driver will meet you at the airport and take you to the dormitory.",
        "Do not worry about anything, we arrange everything.",
        "Umowa zlecenie or work declaration, we do the papers free.",
        "Charges 1,20,000 rupees only (medical + visa + ticket).",
        "SAR 600 a month is cut for ticket and visa.",
        "The program sponsors your J-1 visa and your round-trip flight.",
        "Seasonal H-2A workers for tobacco farms in Kentucky.",
        "We will issue your Certificate of Sponsorship and book your flight.",
        "Your documents are handed to the sponsor's representative on arrival in Kuwait.",
        "Transport cu autocarul din București și Craiova, plătit integral de firmă.",
        "Zaminavane ot Sliven vseki petak.",
        "Job offer + visa lodgement included.",
        "We process your passport, visa and flight.",
        "El billete de avión ida y vuelta Tegucigalpa-Madrid lo paga la empresa.",
        "Den Flug Tiflis-Berlin bezahlt der Betrieb.",
        "Libre visa, medical at ticket.",
        "Organizujemy przejazd z Wrocławia i Opola.",
        "The programme pays your flight and first month rent.",
    })
    void oneArrangedStepOfTheMoveIsAPlacement(String sentence) {
        assertThat(ShippedRules.codes(sentence)).contains(Indicator.OVERSEAS_PLACEMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Candidates must already hold a valid UK work visa.",
        "We cannot offer visa sponsorship; applicants must have the right to work in Ireland.",
        "Cheap flights from 71 USD to all our destinations.",
        "The role involves travel within the region about twice a month.",
        "No fee is charged to workers.",
        "You will handle all customer documents and invoices.",
        "No visa or ticket costs: the employer pays.",
        "The fee for the course is 300 EUR.",
        "Our company offers visa processing services to travellers.",
        "Applicants arrange their own visa sponsorship.",
        "Workers enter on a tourist visa.",
        "Dojazd do Niemiec we własnym zakresie.",
    })
    void aMoveTheAdDoesNotArrangeIsNoPlacement(String sentence) {
        assertThat(ShippedRules.codes(sentence)).doesNotContain(Indicator.OVERSEAS_PLACEMENT);
    }
}
