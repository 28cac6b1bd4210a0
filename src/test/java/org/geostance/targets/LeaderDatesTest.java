package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A leader or official speaks for the state only while in office at the article's date. */
class LeaderDatesTest {

    private static List<String> refs(String text, String date) {
        return Fixture.targets(Fixture.mentions(text, "fr", date));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Trump a menacé l'Iran.|2019-06-12|USA",
        "Trump a menacé l'Iran.|2023-05|none",
        "Trump a menacé l'Iran.|2025-03-01|USA",
        "Trump a menacé l'Iran.|2021-01|USA",
        "Trump a menacé l'Iran.|2021-02|none",
        "Donald Trump a menacé l'Iran.|2023-05|none",
        "Biden a menacé l'Iran.|2022-03-10|USA",
        "Joe Biden a menacé l'Iran.|2019-05|none",
        "Biden a menacé l'Iran.|2015-05|USA",
        "Pompeo a menacé l'Iran.|2019-01|USA",
        "Pompeo a menacé l'Iran.|2022-01|none",
        "Blinken a menacé l'Iran.|2021-01-25|none",
        "Blinken a menacé l'Iran.|2021-01-26|USA",
        "Rubio a menacé l'Iran.|2025-02|USA",
        "Rubio a menacé l'Iran.|2024-02|none",
        "Hegseth a menacé l'Iran.|2025-06|USA",
        "Lloyd Austin a menacé l'Iran.|2022-06|USA",
        "Pence a menacé l'Iran.|2018-06|USA",
        "Kamala Harris a menacé l'Iran.|2022-06|USA",
        "Kamala Harris a menacé l'Iran.|2025-06|none",
        "Tillerson a menacé l'Iran.|2017-06|USA",
        "Erdogan a menacé l'Iran.|2020-07|TUR",
        "Erdoğan a menacé l'Iran.|2008-07|TUR",
        "Recep Tayyip Erdoğan a menacé l'Iran.|2001-07|none",
        "Çavuşoğlu a menacé l'Iran.|2020-07|TUR",
        "Cavusoglu a menacé l'Iran.|2024-07|none",
        "Fidan a menacé l'Iran.|2012-07|TUR",
        "Fidan a menacé l'Iran.|2024-07|TUR",
        "Akar a menacé l'Iran.|2020-07|TUR",
        "Akar a menacé l'Iran.|2024-07|none",
        "Netanyahou a menacé l'Iran.|2021-09|none",
        "Netanyahou a menacé l'Iran.|2020-09|ISR",
        "Nétanyahou a menacé l'Iran.|2023-02|ISR",
        "Benjamin Netanyahu a menacé l'Iran.|2022-03|none",
        "Benyamin Netanyahou a menacé l'Iran.|2024-03|ISR",
        "Bibi a menacé l'Iran.|2024-03|ISR",
        "Bennett a menacé l'Iran.|2022-01|ISR",
        "Bennett a menacé l'Iran.|2023-01|none",
        "Lapid a menacé l'Iran.|2022-09|ISR",
        "Lapid a menacé l'Iran.|2023-09|none",
        "Herzog a menacé l'Iran.|2022-09|ISR",
        "Herzog a menacé l'Iran.|2020-09|none",
        "Rivlin a menacé l'Iran.|2020-09|ISR",
        "Rivlin a menacé l'Iran.|2022-09|none",
        "Gantz a menacé l'Iran.|2021-09|ISR",
        "Gantz a menacé l'Iran.|2023-03|none",
        "Yoav Gallant a menacé l'Iran.|2023-03|ISR",
        "Yoav Gallant a menacé l'Iran.|2025-03|none",
        "Israel Katz a menacé l'Iran.|2025-03|ISR",
    })
    void leaderInsideOrOutsideHisTerm(String text, String date, String expected) {
        assertThat(refs(text, date)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    /** Cabinet-level officials of 2013–2025: a reference in office, none before or after. */
    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Chuck Hagel a averti Damas.|2014-05|USA",
        "Chuck Hagel a averti Damas.|2016-05|none",
        "Ash Carter a averti Damas.|2016-05|USA",
        "Mattis a averti Damas.|2018-04|USA",
        "Mattis a averti Damas.|2020-04|none",
        "Susan Rice said Damascus had crossed a line.|2013-09|USA",
        "Samantha Power a dénoncé Moscou à l'ONU.|2016-09|USA",
        "Samantha Power a dénoncé Moscou à l'ONU.|2019-09|none",
        "John Brennan a averti Damas.|2015-03|USA",
        "Haspel a averti Damas.|2019-03|USA",
        "James Clapper a averti Damas.|2016-03|USA",
        "Avril Haines warned Tehran.|2023-03|USA",
        "Tulsi Gabbard warned Tehran.|2025-03|USA",
        "Tulsi Gabbard warned Tehran.|2024-03|none",
        "Mnuchin a annoncé des sanctions.|2019-03|USA",
        "Mnuchin a annoncé des sanctions.|2022-03|none",
        "Janet Yellen a annoncé des sanctions.|2023-03|USA",
        "Bessent a annoncé des sanctions.|2025-06|USA",
        "Le général Milley a averti Damas.|2021-03|USA",
        "Le général Dunford a averti Damas.|2017-03|USA",
        "Psaki a averti Téhéran.|2021-03|USA",
        "Karoline Leavitt a averti Téhéran.|2025-03|USA",
        "Kushner a présenté son plan.|2020-01|USA",
        "Kushner a présenté son plan.|2022-01|none",
        "Brian Hook a averti Téhéran.|2019-06|USA",
        "Robert Malley a averti Téhéran.|2022-06|USA",
        "Davutoğlu a averti Damas.|2015-06|TUR",
        "Sinirlioğlu a averti Moscou.|2015-10|TUR",
        "Berat Albayrak a présenté son plan.|2019-10|TUR",
        "Berat Albayrak a présenté son plan.|2022-10|none",
        "Nebati a présenté son budget.|2022-10|TUR",
        "Volkan Bozkır a critiqué Bruxelles.|2015-01|TUR",
        "Egemen Bağış a critiqué Bruxelles.|2013-05|TUR",
        "Tchavouchoglou a critiqué Bruxelles.|2014-03|TUR",
        "Le général Metin Gürak a inspecté les troupes.|2024-03|TUR",
        "Fahrettin Altun a dénoncé la presse.|2020-03|TUR",
        "Moshe Yaalon a averti le Hezbollah.|2014-07|ISR",
        "Moshe Yaalon a averti le Hezbollah.|2018-07|none",
        "Avigdor Lieberman a averti le Hamas.|2017-07|ISR",
        "Avigdor Lieberman a averti le Hamas.|2020-07|none",
        "Gadi Eisenkot a averti le Hezbollah.|2017-07|ISR",
        "Eisenkot a averti le Hezbollah.|2020-07|none",
        "Ron Dermer a rencontré des sénateurs.|2015-03|ISR",
        "Tamir Pardo a averti Téhéran.|2014-03|ISR",
        "Nadav Argaman a témoigné.|2019-03|ISR",
        "Ronen Bar a témoigné.|2023-03|ISR",
        "Ronen Bar a témoigné.|2020-03|none",
        "Daniel Hagari a annoncé des frappes.|2024-03|ISR",
        "Tzachi Hanegbi a averti Téhéran.|2024-03|ISR",
        "Bennett a averti Téhéran.|2022-09|ISR",
    })
    void officialsInsideOrOutsideTheirTerm(String text, String date, String expected) {
        assertThat(refs(text, date)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void commonWordSurnamesOfOfficialsNeedAnotherReference() {
        assertThat(refs("Carter a reçu ses homologues.", "2016-06")).isEmpty();
        assertThat(refs("Carter a reçu ses homologues américains.", "2016-06")).containsExactly("USA");
        assertThat(refs("Barr a ouvert une enquête.", "2019-06")).isEmpty();
        assertThat(refs("Barr a ouvert une enquête du FBI aux États-Unis.", "2019-06")).containsExactly("USA");
        assertThat(Fixture.mentions("Rice will grow in Asia.", "en", "2015-06")).isEmpty();
        assertThat(refs("Halevi a inspecté les troupes.", "2024-06")).isEmpty();
        assertThat(refs("Halevi a inspecté les troupes israéliennes.", "2024-06")).containsExactly("ISR");
        assertThat(refs("Lieberman a démissionné.", "2018-06")).isEmpty();
        assertThat(refs("Barnea a écrit dans Yediot.", "2023-06")).isEmpty();
        // Common words are never names on their own: only the full names count.
        assertThat(refs("Power, craft and earnest sessions are no holder of burns.", "2016-06")).isEmpty();
        assertThat(refs("Efkan Ala a démissionné; à la une.", "2014-06")).containsExactly("TUR");
        assertThat(Fixture.mentions("Une pizza à la mode.", "fr", "2014-06")).isEmpty();
    }

    @Test
    void ambassadorsToIsraelAndTurkeyAndMinistersInOffice() {
        assertThat(Fixture.targets(Fixture.mentions("Ambassador David Friedman welcomed the move.", "en", "2018-05")))
                .containsExactly("USA");
        assertThat(Fixture.mentions("Ambassador David Friedman welcomed the move.", "en", "2022-05")).isEmpty();
        assertThat(Fixture.mentions("Friedman wrote a column.", "en", "2018-05")).isEmpty();
        assertThat(refs("Jeff Flake a rencontré des élus turcs.", "2023-03")).containsExactly("USA", "TUR");
        assertThat(Fixture.targets(Fixture.mentions("Culture minister Miri Regev said she was saddened.", "en", "2018-04")))
                .containsExactly("ISR");
        assertThat(Fixture.mentions("Miri Regev said she was saddened.", "en", "2022-04")).isEmpty();
    }

    @Test
    void aMiddleInitialInsideAListedFullNameIsSkipped() {
        String text = "Secretary of State Antony J. Blinken met Mark A. Milley and Janet L. Yellen.";
        assertThat(Fixture.spans(text, Fixture.mentions(text, "en", "2022-05")))
                .containsExactly("USA:Antony J. Blinken", "USA:Mark A. Milley", "USA:Janet L. Yellen");
        String listed = "Donald J. Trump spoke.";
        assertThat(Fixture.spans(listed, Fixture.mentions(listed, "en", "2019-05")))
                .containsExactly("USA:Donald J. Trump");
    }

    @Test
    void kerryAloneIsTheSecretaryOfStateDuringHisTerm() {
        assertThat(Fixture.targets(Fixture.mentions("Kerry flew to Paris on Saturday.", "en", "2014-07")))
                .containsExactly("USA");
        assertThat(Fixture.mentions("Kerry flew to Paris on Saturday.", "en", "2019-07")).isEmpty();
        assertThat(Fixture.mentions("Kerry Washington starred in the film.", "en", "2014-07")).isEmpty();
    }

    @Test
    void aLeaderOutOfOfficeConsumesHisNameEvenWhenItContainsACountry() {
        // « Israel Katz » out of office is neither Israel's minister nor the name « Israel ».
        assertThat(Fixture.mentions("Israel Katz a menacé l'Iran.", "fr", "2022-03")).isEmpty();
        assertThat(Fixture.mentions("Israel Katz threatened Iran.", "en", "2022-03")).isEmpty();
    }

    @Test
    void withoutADateEveryLeaderCounts() {
        assertThat(refs("Trump, Biden, Erdogan et Netanyahou.", null)).containsExactly("USA", "TUR", "ISR");
        assertThat(Fixture.mentions("Trump, Biden, Erdogan et Netanyahou.", "fr", null)).hasSize(4);
        assertThat(refs("Trump a menacé l'Iran.", "pas une date")).containsExactly("USA");
    }

    @Test
    void relativesAndCompaniesAreNotTheLeader() {
        assertThat(refs("Ivanka Trump et Melania Trump à la Trump Tower.", "2019-06")).isEmpty();
        assertThat(refs("Donald Trump Jr. a tweeté.", "2019-06")).isEmpty();
        assertThat(refs("Hunter Biden a été jugé.", "2022-06")).isEmpty();
        assertThat(refs("Sara Netanyahou a été entendue.", "2020-06")).isEmpty();
        assertThat(refs("Emine Erdoğan a visité une école.", "2020-06")).isEmpty();
    }

    @Test
    void commonSurnamesNeedAnotherReference() {
        assertThat(refs("Austin a reçu ses homologues.", "2022-06")).isEmpty();
        assertThat(refs("Austin a reçu ses homologues américains.", "2022-06")).containsExactly("USA");
        assertThat(Fixture.mentions("Austin a reçu ses homologues américains.", "fr", "2022-06"))
                .extracting(Mention::alias).containsExactly("Austin", "américains");
    }

    @Test
    void fullNamesAndSurnamesAreOneMentionEach() {
        String text = "Le Premier ministre Benyamin Netanyahou a reçu Mike Pompeo, puis Netanyahou est parti.";
        assertThat(Fixture.spans(text, Fixture.mentions(text, "fr", "2020-07")))
                .containsExactly("ISR:Benyamin Netanyahou", "USA:Mike Pompeo", "ISR:Netanyahou");
    }

    @Test
    void articleDatesAreReadAsPeriods() {
        assertThat(TargetMatcher.articlePeriod("2021-06")).containsExactly(20210601, 20210631);
        assertThat(TargetMatcher.articlePeriod("2021-06-13")).containsExactly(20210613, 20210613);
        assertThat(TargetMatcher.articlePeriod("2021-06-13T10:00:00Z")).containsExactly(20210613, 20210613);
        assertThat(TargetMatcher.articlePeriod("2021")).containsExactly(20210101, 20211231);
        assertThat(TargetMatcher.articlePeriod("2021-13")).isNull();
        assertThat(TargetMatcher.articlePeriod("13/06/2021")).isNull();
        assertThat(TargetMatcher.articlePeriod(null)).isNull();
    }
}
