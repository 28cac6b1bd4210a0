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
