package org.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.classify.ModelCard;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskModel;
import org.redflag.features.FeatureVector;
import org.redflag.nlp.Span;

class RedflagTest {

    /** A model that gives every ad the same risk: core has no trained model on its class path. */
    private static final RiskModel EVEN = new RiskModel() {
        private final ModelCard card = new ModelCard("even", "none", List.of(), "none", 0.5, 0.25, List.of(), Map.of(),
                Map.of(), Map.of(), "test", "2026-01-01T00:00:00Z", "none", null);

        @Override
        public double risk(FeatureVector features) {
            return 0.3;
        }

        @Override
        public ModelCard card() {
            return card;
        }
    };

    private static final Redflag REDFLAG = Redflag.builder().model(EVEN).build();

    @Test
    void everyPublicMethodRefusesANullArgumentByItsName() {
        JobAd ad = JobAd.builder().id("a").title("Cleaners wanted").description("Hotel cleaners for day shifts, paid weekly.")
                .build();
        var analysis = REDFLAG.analyze(ad);
        var vector = REDFLAG.featuresOf(analysis).vector();
        URI url = URI.create("https://jobs.example/ad/1");
        refused(() -> REDFLAG.assess(null), "ad");
        refused(() -> REDFLAG.assess(null, url), "html");
        refused(() -> REDFLAG.assess("<p>ad</p>", null), "url");
        refused(() -> REDFLAG.extract(null, url), "html");
        refused(() -> REDFLAG.extract("<p>ad</p>", null), "url");
        refused(() -> REDFLAG.analyze(null), "ad");
        refused(() -> REDFLAG.rescore(null), "analysis");
        refused(() -> REDFLAG.featuresOf(null), "analysis");
        refused(() -> REDFLAG.score(null, vector), "adId");
        refused(() -> REDFLAG.score("a", null), "vector");
    }

    @Test
    void aPageFromARelativeOrOpaqueUrlIsRefused() {
        String page = "<main><p>Hotel cleaners wanted for day shifts in Leeds, paid weekly, uniform provided, apply by "
                + "email with your CV.</p></main>";
        for (String url : List.of("", "ad/1", "javascript:alert(1)", "mailto:a@b.c", "urn:isbn:0451450523",
                "data:text/html,hello")) {
            assertThatThrownBy(() -> REDFLAG.assess(page, URI.create(url))).as(url)
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("give the");
        }
        assertThat(REDFLAG.assess(page, URI.create("file:/pages/ad-1.html")).adId()).startsWith("page-");
    }

    @Test
    void anAdWhoseOnlyTextIsItsContactSaysWhichFieldsItLacks() {
        JobAd contactOnly = JobAd.builder().id("c-1").employer("Gulf Star Manpower")
                .contact("WhatsApp +971 50 123 4567 for hotel jobs in Dubai, free visa").build();
        assertThatThrownBy(() -> REDFLAG.assess(contactOnly)).isInstanceOf(AdRefusedException.class)
                .hasMessage("ad c-1 has no text to assess (no title, description, requirements or benefits)");
    }

    @Test
    void anAdCoreNlpCannotAnalyseWithinTheTimeLimitIsRefusedInsteadOfHoldingTheCaller() {
        // CoreNLP's tagger spends milliseconds on each token it has never seen: 3,000 emoji take it 15 to 20 s
        Redflag limited = Redflag.builder().model(EVEN).analysisTimeLimit(Duration.ofSeconds(1)).build();
        JobAd wall = JobAd.builder().id("emoji-wall").title("Cleaners for Dubai hotels")
                .description("\uD83D\uDE00 ".repeat(3000) + "Pay the processing fee of 300 USD.").build();
        assertThatThrownBy(() -> limited.assess(wall)).isInstanceOf(AdRefusedException.class)
                .hasMessageStartingWith("ad emoji-wall was not analysed within 1 s");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(limited.assess(JobAd.builder().id("fine").title("Cleaners for Dubai hotels")
                .description("Pay the processing fee of 300 USD. Passports are kept by the company.").build()).adId())
                .as("the next ad is analysed as ever").isEqualTo("fine");
    }

    @Test
    void theEvidenceOfAnAssessedPageIndexesTheFieldsOfTheAdExtractedFromIt() {
        String html = "<html><head><title>Jobs</title></head><body><nav>Home | Jobs</nav><article>"
                + "<h1>Hotel&nbsp;cleaners   for   Dubai</h1>\n<p>Pay   the processing&nbsp;fee of 300&nbsp;USD\n\n   before "
                + "departure.</p>  <p>Your   passport is kept by the company\tfor the whole contract.</p>"
                + "<p>Contact us on WhatsApp +971&nbsp;50 123 4567 today.</p></article></body></html>";
        URI url = URI.create("https://jobs.example/ad/7");
        JobAd ad = REDFLAG.extract(html, url);
        RiskAssessment fromPage = REDFLAG.assess(html, url);

        List<Span> evidence = fromPage.indicators().stream().flatMap(m -> m.evidence().stream()).toList();
        assertThat(evidence).isNotEmpty();
        for (Span span : evidence) {
            assertThat(ad.field(span.field()).substring(span.start(), span.end())).as(span.toString()).isEqualTo(span.text());
        }
        assertThat(REDFLAG.assess(ad)).isEqualTo(fromPage);
    }

    @Test
    void anEmptyRulesPathIsToldAsSuchRatherThanReadAsTheWorkingFolder() {
        assertThatThrownBy(() -> Redflag.builder().model(EVEN).rules(Path.of("")).build())
                .isExactlyInstanceOf(RedflagException.class).hasMessage("rules folder path is empty: name the folder");
    }

    private static void refused(ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
    }
}
