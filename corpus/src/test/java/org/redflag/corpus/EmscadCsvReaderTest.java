package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmscadCsvReaderTest {

    static final String HEADER = String.join(",", EmscadCsvReader.COLUMNS) + "\n";

    static String row(String id, String description, String fraudulent) {
        return id + ",Data entry clerk,\"US, NY, New York\",,,\"We are a firm, #URL_ab12#\",\"" + description
                + "\",Typing,,1,0,0,Part-time,,,,," + fraudulent + "\n";
    }

    @Test
    void mapsColumnsLabelsAndMaskedContacts(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("fake_job_postings.csv");
        Files.writeString(f, HEADER + row("7", "Work from home.\nEmail #EMAIL_0f9a# or call #PHONE_77aa#", "1")
                + row("8", "Office job in Queens", "0"));
        List<LabelledAd> ads = CorpusReaders.readAll(f, false);
        assertThat(ads).hasSize(2);
        LabelledAd a = ads.get(0);
        assertThat(a.ad().id()).isEqualTo("emscad-7");
        assertThat(a.label()).isEqualTo(Label.FRAUDULENT);
        assertThat(a.ad().location()).isEqualTo("US, NY, New York");
        assertThat(a.ad().companyProfile()).startsWith("We are a firm");
        assertThat(a.ad().description()).contains("\n");
        assertThat(a.ad().contact()).isEqualTo("#URL_ab12# #EMAIL_0f9a# #PHONE_77aa#");
        assertThat(a.annotated()).isFalse();
        assertThat(a.ad().attributes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                org.redflag.ad.PostingAttribute.EMPLOYMENT_TYPE, "Part-time",
                org.redflag.ad.PostingAttribute.REMOTE, "true",
                org.redflag.ad.PostingAttribute.COMPANY_LOGO, "false",
                org.redflag.ad.PostingAttribute.SCREENING_QUESTIONS, "false"));
        assertThat(ads.get(1).label()).isEqualTo(Label.LEGITIMATE);
    }

    @Test
    void aBadLabelSaysWhere(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, HEADER + row("1", "fine", "0") + row("2", "odd", "yes"));
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessage(f + ":3: fraudulent must be 0 or 1, was \"yes\"");
        assertThat(CorpusReaders.readAll(f, true)).hasSize(1);
    }

    @Test
    void unlabelledAdsNeedEveryColumnButTheLabel(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("export.csv");
        String header = String.join(",", EmscadCsvAds.COLUMNS) + "\n";
        String row = row("7", "Work from home. Email #EMAIL_0f9a#", "");
        Files.writeString(f, header + row.substring(0, row.length() - 2) + "\n");
        try (EmscadCsvAds ads = EmscadCsvAds.open(f, false)) {
            org.redflag.ad.JobAd ad = ads.next();
            assertThat(ad.id()).isEqualTo("emscad-7");
            assertThat(ad.contact()).isEqualTo("#URL_ab12# #EMAIL_0f9a#");
            assertThat(ads.hasNext()).isFalse();
        }
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).as("a corpus needs its labels")
                .isInstanceOf(CorpusException.class).hasMessage(f + ":1: not an EMSCAD CSV file: missing columns [fraudulent]");

        Path noTitle = Files.writeString(dir.resolve("other.csv"), header.replace("title,", "") + "1,x\n");
        assertThatThrownBy(() -> EmscadCsvAds.open(noTitle, false)).isInstanceOf(CorpusException.class)
                .hasMessage(noTitle + ":1: not an EMSCAD CSV file: missing columns [title]");
    }

    @Test
    void anEmptyCsvOrOneWhoseHeaderIsNotTextIsSaidToBeSo(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> CorpusReaders.readAll(empty, false)).isInstanceOf(CorpusException.class)
                .hasMessage(empty + " is empty: an EMSCAD CSV file starts with its header (job_id, ...)");
        Path binary = Files.write(dir.resolve("bin.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0,
                0x0D, 'I', 'H', 'D', 'R', ',', 1, 2, '\n'});
        assertThatThrownBy(() -> CorpusReaders.readAll(binary, false)).isInstanceOf(CorpusException.class)
                .hasMessage(binary + ":1: not an EMSCAD CSV file: its header is not text (control characters or bytes that "
                        + "are not UTF-8)");
    }

    @Test
    void aCsvWithoutTheColumnsIsNotEmscad(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("other.csv");
        Files.writeString(f, "a,b\n1,2\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("not an EMSCAD CSV file: missing columns");
    }

    @Test
    void theFormatIsGuessedFromTheFirstLineWhenTheExtensionSaysNothing(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ads.txt");
        Files.writeString(f, HEADER + row("9", "something", "0"));
        assertThat(CorpusReaders.readAll(f, false)).extracting(a -> a.ad().id()).containsExactly("emscad-9");
    }

    @Test
    void anUnclosedQuoteIsToldAtTheLineItOpensOn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("postings.csv");
        Files.writeString(f, HEADER + row("1", "Office job in Queens", "0") + row("2", "Clerk in Boston", "0")
                + "3,Cook,\"Leeds, UK\",,,,\"Line cook, the quote never closes,,,0,1,1,,,,,,0\n4,Nurse,x,,,,y,,,0,1,1,,,,,,0\n");
        try (CorpusReader r = CorpusReaders.open(f, true)) {
            assertThat(r.next().ad().id()).isEqualTo("emscad-1");
            assertThat(r.next().ad().id()).isEqualTo("emscad-2");
            assertThatThrownBy(r::hasNext).isInstanceOf(CorpusException.class)
                    .hasMessageStartingWith(f + ":4: malformed CSV in the record that starts here: ").hasMessageNotContaining("org.apache");
        }
    }

    @Test
    void aCharacterAfterAClosingQuoteIsToldWithTheLineTheRecordStartsOnAndWhereTheReaderStopped(@TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("postings.csv");
        Files.writeString(f, HEADER + row("1", "Office job in Queens", "0") + "2,\"Cook\"x,,,,,,,,0,1,1,,,,,,0\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessageStartingWith(f + ":3: malformed CSV in the record that starts here: Invalid character between "
                        + "encapsulated token and delimiter (the reader stopped at line 3, character ")
                .hasMessageEndingWith(" of the file)");
    }
}
