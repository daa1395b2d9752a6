package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.index.AdCluster;
import org.redflag.index.ContactNetwork;
import org.redflag.index.MinHash;

/** Near-duplicate clusters and contact networks over ads written the way boards show them. */
class AdLinksTest {

    @TempDir
    Path dir;

    static final String TEMPLATE = """
            %s is hiring 40 warehouse packers and forklift helpers for our partner company in %s. No experience needed, \
            training is given on the first day. Salary %s per month plus overtime, free shared accommodation and transport \
            to the site. Workers must be 20 to 40 years old and physically fit. A one-time processing fee covers the visa, \
            medical check and air ticket and is paid before departure. Send a copy of your passport and two photos with your \
            application. Places are limited, departure in two weeks. Contact %s.""";

    static JobAd templated(String id, String site, String employer, String place, String pay, String contact) {
        return JobAd.builder().id(id).source(site).title("Warehouse packers needed in " + place).employer(employer)
                .location(place).description(String.format(TEMPLATE, employer, place, pay, contact)).build();
    }

    static JobAd nurse(String id, String site, String contact) {
        return JobAd.builder().id(id).source(site).title("Registered nurse, night shifts").employer("St Mary's Hospital Trust")
                .location("Leeds, UK").description("St Mary's Hospital Trust is looking for a registered nurse for the acute "
                        + "medical unit. You will hold NMC registration and have at least two years of ward experience. We offer "
                        + "a Band 5 salary, 27 days of annual leave, pension and paid training. Interviews are held at the hospital. "
                        + "Questions: " + contact).build();
    }

    static JobAd driver(String id) {
        return JobAd.builder().id(id).source("board-b").title("Delivery driver with own van").employer("QuickParcel Ltd")
                .location("Manchester, UK").description("QuickParcel needs self-employed multi-drop drivers with their own "
                        + "van and a clean licence. Routes start at 7am from the Trafford depot; you are paid per parcel delivered, "
                        + "weekly. Apply on our website with your licence details.").build();
    }

    void write(JobAd... ads) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            for (JobAd ad : ads) {
                index.upsert(ad);
            }
            index.commit();
        }
    }

    @Test
    void oneTemplateUnderSeveralEmployerNamesAndAnAdRepostedFormOneClusterEach() {
        write(templated("t1", "board-a", "Gulf Star Manpower", "Doha", "USD 900", "WhatsApp +974 5512 3456"),
                templated("t2", "board-a", "Horizon Careers", "Dubai", "USD 950", "Telegram @horizonjobs"),
                templated("t3", "board-b", "Prime Link Recruitment", "Riyadh", "USD 1,000", "primelink.jobs@gmail.com"),
                nurse("n1", "board-a", "hr@stmarys.example"),
                nurse("n1-repost", "board-b", "hr@stmarys.example"),
                driver("d1"));
        List<AdCluster> clusters;
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            clusters = index.clusters();
        }
        assertThat(clusters).hasSize(2);
        AdCluster template = clusters.get(0);
        assertThat(template.adIds()).containsExactly("t1", "t2", "t3");
        assertThat(template.employers()).containsExactly("gulf star manpower", "horizon careers", "prime link recruitment");
        assertThat(template.spansEmployers()).isTrue();
        assertThat(template.similarity()).isGreaterThanOrEqualTo(MinHash.SIMILAR);
        AdCluster repost = clusters.get(1);
        assertThat(repost.adIds()).containsExactly("n1", "n1-repost");
        assertThat(repost.id()).isEqualTo("cluster:n1");
        assertThat(repost.sites()).containsExactly("board-a", "board-b");
        assertThat(repost.spansEmployers()).isFalse();
    }

    @Test
    void adsThatShareAPhoneEmailOrHandleFormANetworkAndSeveralEmployersMakeItARiskSignal() {
        write(templated("t1", "board-a", "Gulf Star Manpower", "Doha", "USD 900", "WhatsApp +974 5512 3456"),
                JobAd.builder().id("x1").source("board-b").employer("Desert Rose Agency").title("Cleaners for Qatar")
                        .description("Hotel cleaners, free visa. Call +97455123456 or telegram @roseagency").build(),
                JobAd.builder().id("x2").source("board-b").employer("Al Waha Services").title("Drivers for Qatar")
                        .description("Light vehicle drivers. Telegram: @RoseAgency for details").build(),
                nurse("n1", "board-a", "hr@stmarys.example"),
                nurse("n1-repost", "board-a", "HR@stmarys.example"),
                driver("d1"),
                JobAd.builder().id("w1").source("board-a").employer("Sea Breeze Resort").title("Waiters")
                        .description("Waiters for a beach resort. Contact us on Telegram only, no calls.").build(),
                JobAd.builder().id("w2").source("board-b").employer("Metro Couriers").title("Bike couriers")
                        .description("Bike couriers, own phone. Questions by Telegram only please.").build());
        List<ContactNetwork> networks;
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            networks = index.networks();
        }
        assertThat(networks).as("'Telegram only' names no handle and links nothing").hasSize(2);
        ContactNetwork agency = networks.get(0);
        assertThat(agency.adIds()).containsExactly("t1", "x1", "x2");
        assertThat(agency.contacts()).containsExactly("+97455123456", "telegram:@roseagency");
        assertThat(agency.employers()).hasSize(3);
        assertThat(agency.sites()).containsExactly("board-a", "board-b");
        assertThat(agency.isRiskSignal()).isTrue();
        ContactNetwork hospital = networks.get(1);
        assertThat(hospital.adIds()).containsExactly("n1", "n1-repost");
        assertThat(hospital.contacts()).containsExactly("hr@stmarys.example");
        assertThat(hospital.isRiskSignal()).as("one employer on one site").isFalse();
    }

    @Test
    void replacedAdsLeaveTheirOldLinksBehind() {
        write(nurse("n1", "board-a", "hr@stmarys.example"), nurse("n2", "board-a", "hr@stmarys.example"));
        write(driver("n2"));
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThat(index.clusters()).isEmpty();
            assertThat(index.networks()).isEmpty();
        }
    }
}
