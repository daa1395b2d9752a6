package org.redflag.features.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.nlp.Span;

class EmployerNamingTest {

    private static final EmployerNaming NAMING = EmployerNaming.withDefaults();

    private static Optional<Span> unnamed(String employer, String description) {
        return NAMING.unnamedEmployer(JobAd.builder().id("t").title("Masons for Saudi Arabia").employer(employer)
                .description(description).build());
    }

    @Test
    void anAgencyThatNamesNoEmployerIsVagueAndTheAgencyIsTheEvidence() {
        Optional<Span> evidence = unnamed("Karakoram Overseas Employment Promoters",
                "Licensed OEP hiring masons for a leading building contractor in Riyadh. Visa and ticket free.");
        assertThat(evidence).hasValueSatisfying(s -> {
            assertThat(s.field()).isEqualTo(JobAd.Field.EMPLOYER);
            assertThat(s.text()).isEqualTo("Karakoram Overseas Employment Promoters");
        });
    }

    @Test
    void anAgencyThatNamesTheEmployerInTheTextIsNotVague() {
        assertThat(unnamed("Shwe Pyi Overseas Employment Agency",
                "We recruit deckhands for Namhae Suhyang Fisheries Co., Busan, on two-year contracts.")).isEmpty();
        assertThat(unnamed("Mara Horizon Employment Agency", "Steel fixers wanted at Al Noor Hospital extension.")).isEmpty();
    }

    @Test
    void theAgencysOwnNameInTheTextDoesNotNameAnEmployer() {
        assertThat(unnamed("Volta Marine Crewing Ltd",
                "Offshore supply vessels need ratings. Volta Marine Crewing Ltd handles your papers.")).isPresent();
    }

    @Test
    void anEmployerFieldThatNamesItsClientIsNotVague() {
        assertThat(unnamed("Lakandula International Manpower Corp. for Al Dafna Bay Hotel", "Room attendants wanted."))
                .isEmpty();
        assertThat(unnamed("State Agency for External Labour Migration", "Farm workers for the UK.")).isPresent();
    }

    @Test
    void aNamedEmployerIsNotVagueEvenWithoutAnAddress() {
        assertThat(unnamed("Gulfshore Facility Services W.L.L.", "Cleaners for our Doha sites.")).isEmpty();
        assertThat(unnamed("Riverside Hotel", "Kitchen porters, start Monday.")).isEmpty();
    }

    @Test
    void anAdThatNamesNobodyIsVagueAndItsTitleIsTheEvidence() {
        assertThat(unnamed("", "Peeling shed in Samut Sakhon needs 20 workers. Call Ko Zaw 081 234 5678."))
                .hasValueSatisfying(s -> assertThat(s.field()).isEqualTo(JobAd.Field.TITLE));
        assertThat(unnamed("", "The Hotel needs cleaners. Our Company pays weekly.")).as("no name before the legal form")
                .isPresent();
    }

    @Test
    void aBusinessNamedInTheTextOrACompanyProfileNamesTheEmployer() {
        assertThat(unnamed("", "Tema Coastal Tuna Processing Ltd hires line workers for its Tema plant.")).isEmpty();
        assertThat(unnamed("", "Packers wanted, Lanka Blue Horizon (Pvt) Ltd, Colombo.")).isEmpty();
        assertThat(NAMING.unnamedEmployer(JobAd.builder().id("t").title("Sales agent")
                .companyProfile("We are a family bakery in Leeds since 1950.").description("Sell our bread.").build()))
                .isEmpty();
    }

    @Test
    void aSmallBusinessNamedByItsKindOfWorkplaceNamesTheEmployer() {
        assertThat(unnamed("", "Barista wanted at Blue Fern Cafe, 12 Harbour St, Wellington.")).isEmpty();
        assertThat(unnamed("", "Prep cook for Nonna Rosa Restaurant, Leith Walk, Edinburgh.")).isEmpty();
        assertThat(unnamed("", "Milkers needed at Kowhai Valley Dairy, Waikato.")).isEmpty();
    }

    @Test
    void aSchoolNamedAsARequirementNamesNoEmployer() {
        assertThat(unnamed("", "Data entry from home, High School diploma required, weekly pay by transfer.")).isPresent();
    }

    @Test
    void anAdWithNoTitleIsEvidencedByItsFirstLine() {
        assertThat(NAMING.unnamedEmployer(JobAd.builder().id("t").description("Girls wanted for Dubai\nGood pay").build()))
                .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("Girls wanted for Dubai"));
    }
}
