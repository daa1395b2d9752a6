package org.redflag.features.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.features.contacts.Contact.Channel;

class ContactExtractorTest {

    private final ContactExtractor extractor = ContactExtractor.withDefaults();

    private List<Contact> contacts(String location, String description) {
        return extractor.extract(JobAd.builder().id("t").location(location).description(description).build());
    }

    @Test
    void aLocalNumberIsReadInTheCountryOfTheLocationAndNormalisedToE164() {
        List<Contact> found = contacts("Lahore, Pakistan", "Call Mr. Asif on 0300 1234567 between 10 and 5.");
        assertThat(found).extracting(Contact::channel, Contact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Channel.PHONE, "+923001234567"));
        assertThat(found.get(0).evidence().text()).isEqualTo("0300 1234567");
    }

    @Test
    void theSameNumberWrittenTwoWaysGivesTheSameValue() {
        List<Contact> a = contacts("Pakistan", "Call 0300-1234567 now");
        List<Contact> b = contacts("Dubai", "Call +92 300 123 4567 now");
        assertThat(a.get(0).value()).isEqualTo(b.get(0).value()).isEqualTo("+923001234567");
    }

    @Test
    void aNumberAfterWhatsAppIsAMessengerAndALinkCountsToo() {
        List<Contact> found = contacts("Kenya", "Send your CV on WhatsApp: +254 712 345 678 or wa.me/254712345679");
        assertThat(found).extracting(Contact::channel).containsExactly(Channel.MESSENGER, Channel.MESSENGER);
        assertThat(found).extracting(Contact::value).containsExactly("+254712345678", "+254712345679");
        assertThat(found.get(0).channel().isOffPlatform()).isTrue();
    }

    @Test
    void aWordAfterAMessengerNameIsAHandleOnlyWhenMarkedAsOne() {
        List<Contact> found = contacts("", "Contact us on Telegram only. Join our Telegram group. Telegram: ranaagency. "
                + "Skype recruiter_ali. Telegram hrdesk");
        assertThat(found).extracting(Contact::value).containsExactly("telegram:@ranaagency", "skype:@recruiter_ali");
    }

    @Test
    void handlesAndTelegramLinksAreNormalised() {
        List<Contact> found = contacts("", "Contact HR on Telegram @Golden_Jobs_HR or t.me/GoldenJobsBot. WeChat ID: kk_recruit88");
        assertThat(found).extracting(Contact::channel, Contact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Channel.HANDLE, "telegram:@golden_jobs_hr"),
                org.assertj.core.groups.Tuple.tuple(Channel.HANDLE, "telegram:@goldenjobsbot"),
                org.assertj.core.groups.Tuple.tuple(Channel.HANDLE, "wechat:@kk_recruit88"));
    }

    @Test
    void freeMailIsToldApartFromACompanyDomain() {
        List<Contact> found = contacts("", "Apply to hr.desk2024@gmail.com or careers@harbourline.com.pk, see https://harbourline.com.pk/jobs.");
        assertThat(found).extracting(Contact::channel, Contact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Channel.FREE_EMAIL, "hr.desk2024@gmail.com"),
                org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, "careers@harbourline.com.pk"),
                org.assertj.core.groups.Tuple.tuple(Channel.URL, "harbourline.com.pk/jobs"));
        assertThat(contacts("", "write to jobs@yahoo.co.uk").get(0).channel()).isEqualTo(Channel.FREE_EMAIL);
    }

    @Test
    void maskedContactsOfADataSetAreKeptAsTheirOwnKind() {
        List<Contact> found = contacts("US, NY, New York", "Email #EMAIL_0b13a2cf# or call #PHONE_83bd41e#.");
        assertThat(found).extracting(Contact::channel).containsOnly(Channel.MASKED);
        assertThat(found).extracting(Contact::value).containsExactly("#EMAIL_0b13a2cf#", "#PHONE_83bd41e#");
    }

    @Test
    void salariesDatesAndLicenceNumbersAreNotPhoneNumbers() {
        assertThat(contacts("Qatar", "Salary QAR 1,800 per month, 8 hours, start 2026-03-01. Licence 2417/RWP.")).isEmpty();
    }

    @Test
    void everySpanPointsAtItsTextInItsField() {
        JobAd ad = JobAd.builder().id("t").location("Nepal").description("Call 9801234567.")
                .contact("Viber +977 980 1234568").build();
        for (Contact c : extractor.extract(ad)) {
            assertThat(ad.field(c.evidence().field()).substring(c.evidence().start(), c.evidence().end()))
                    .isEqualTo(c.evidence().text());
        }
        assertThat(extractor.extract(ad)).extracting(Contact::channel).containsExactly(Channel.PHONE, Channel.MESSENGER);
    }
}
