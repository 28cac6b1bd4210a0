package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.targets.Fixture.en;
import static org.geostance.targets.Fixture.enSpans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per alias class in English. */
class EnglishAliasTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The United States warned Iran.|USA:United States",
        "The United States of America warned Iran.|USA:United States of America",
        "America warned Iran.|USA:America",
        "Turkey denied it.|TUR:Turkey",
        "TURKEY denied it.|TUR:TURKEY",
        "Türkiye denied it.|TUR:Türkiye",
        "Israel struck.|ISR:Israel",
        "The State of Israel struck.|ISR:State of Israel",
        "Israel's army struck.|ISR:Israel",
    })
    void names(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Latin America voted.", "South America voted.", "North America voted.", "Central America voted.",
        "Latin American leaders voted.", "Central Americans voted.", "Native Americans voted.",
        "African-American voters.", "Bank of America rose.", "The America's Cup starts.",
        "We ate turkey for dinner.", "Turks and Caicos is sunny.", "Turkish Airlines flies daily.",
        "A Turkish Cypriot leader.",
    })
    void nonReferences(String text) {
        assertThat(en(text)).isEmpty();
    }

    @Test
    void upperCaseUsIsTheCountryAndTheLowerCasePronounIsNot() {
        assertThat(en("Give us a break.")).isEmpty();
        assertThat(en("Let us go. Us and them.")).isEmpty();
        assertThat(enSpans("the US said")).containsExactly("USA:US");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The U.S. said no.|USA:U.S.",
        "It is the U.S.|USA:U.S.",
        "The U.S.A. said no.|USA:U.S.A.",
        "The USA said no.|USA:USA",
        "The U.S.-led coalition.|USA:U.S.",
        "The US-led coalition.|USA:US",
    })
    void shortForms(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "an American diplomat|USA:American",
        "Americans voted|USA:Americans",
        "Turkish troops|TUR:Turkish",
        "Turk and Kurd alike voted|TUR:Turk",
        "the Turks|TUR:Turks",
        "an Israeli strike|ISR:Israeli",
        "Israelis voted|ISR:Israelis",
        "the Israeli-Palestinian conflict|ISR:Israeli",
        "Turkish-backed forces|TUR:Turkish",
    })
    void demonyms(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Washington warned Tehran.|USA:Washington",
        "Washington, D.C. warned Tehran.|USA:Washington, D.C.",
        "The White House said no.|USA:White House",
        "The Pentagon said no.|USA:Pentagon",
        "The State Department said no.|USA:State Department",
        "The Oval Office said no.|USA:Oval Office",
        "Ankara denied it.|TUR:Ankara",
        "Tel Aviv denied it.|ISR:Tel Aviv",
    })
    void capitalsAndSeats(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "George Washington was the first president.", "The Washington Post reported it.",
        "Washington State voted.", "Washington state voted.", "Denzel Washington starred.",
        "A Washington-based think tank.", "a white house on the hill", "Ankara University opened.",
    })
    void washingtonAndAnkaraThatAreNotTheState(String text) {
        assertThat(en(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The CIA knew.|USA:CIA",
        "Capitol Hill reacted.|USA:Capitol Hill",
        "The US Congress voted.|USA:US Congress",
        "The IDF said.|ISR:IDF",
        "The Israel Defense Forces said.|ISR:Israel Defense Forces",
        "Mossad agents.|ISR:Mossad",
        "The Shin Bet said.|ISR:Shin Bet",
        "The Knesset voted.|ISR:Knesset",
        "Tsahal struck.|ISR:Tsahal",
    })
    void institutions(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @Test
    void mitIsTurkishIntelligenceOnlyNextToTurkey() {
        assertThat(enSpans("Turkey's intelligence agency MIT detained him."))
                .containsExactly("TUR:Turkey", "TUR:MIT");
        assertThat(enSpans("Turkish MİT officers detained him.")).containsExactly("TUR:Turkish", "TUR:MİT");
        assertThat(en("Researchers at MIT published a study.")).isEmpty();
        assertThat(en("Researchers at Mit published a study.")).isEmpty();
        assertThat(enSpans("Congress passed the American bill.")).containsExactly("USA:Congress", "USA:American");
    }

    @Test
    void plainCongressIsTheUsCongressButOtherCongressesAreNot() {
        assertThat(enSpans("Lawmakers in Congress passed the bill.")).containsExactly("USA:Congress");
        assertThat(en("The Indian National Congress won the state.")).isEmpty();
        assertThat(en("The Congress party lost seats in Delhi.")).isEmpty();
        assertThat(en("The World Jewish Congress met in Geneva.")).isEmpty();
        assertThat(en("China's National People's Congress opened.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A U.S.-based charity raised funds.", "The US-based lender cut rates.", "An Israel-based startup grew.",
        "A Turkey-based exporter signed.", "A former U.S. ambassador wrote a book.",
        "Former Israeli negotiators spoke.", "A former Turkish diplomat was detained.",
        "Two former American officials testified.",
    })
    void basesAndFormerOfficialsAreNotTheState(String text) {
        assertThat(en(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "American consumers cut spending.", "An American company won the contract.", "Israeli firms hired.",
        "Turkish investors sold bonds.", "The Turkish suspect fled.", "Prices rose for Israeli shoppers.",
    })
    void companiesAndPrivatePeopleByNationalityAreNotTheState(String text) {
        assertThat(en(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The American novelist read from her new book.", "Two Israeli scientists shared the prize.",
        "The Turkish singer cancelled her tour.", "A Turkish-born chemist won the prize.",
        "The Israeli-born actress spoke at the gala.", "Jewish American groups were divided over the law.",
        "An Israeli NGO filed the petition.", "He said he was a Turk before anything else.",
    })
    void privatePeopleNamedByTradeOrOriginAreNotTheState(String text) {
        assertThat(en(text)).isEmpty();
    }

    @Test
    void aNationalCollectiveStillIs() {
        assertThat(enSpans("American troops and Israeli officials met.")).containsExactly("USA:American", "ISR:Israeli");
        assertThat(enSpans("Iran plotted to kidnap Israeli tourists.")).containsExactly("ISR:Israeli");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the Zionist regime|ISR:Zionist regime",
        "the Zionist entity|ISR:Zionist entity",
        "the Zionist enemy|ISR:Zionist enemy",
        "the Jewish state|ISR:Jewish state",
        "the Hebrew state|ISR:Hebrew state",
        "the Great Satan|USA:Great Satan",
        "Uncle Sam|USA:Uncle Sam",
    })
    void labels(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @Test
    void otherLanguagesUseEveryList() {
        assertThat(Fixture.spans("Die USA und die Türkei, Israel und Erdogan.",
                Fixture.mentions("Die USA und die Türkei, Israel und Erdogan.", "de", "2020-07")))
                .containsExactly("USA:USA", "ISR:Israel", "TUR:Erdogan");
        assertThat(Fixture.mentions("Los Estados Unidos y Turkey.", "unknown", null)).extracting(Mention::target)
                .containsExactly("TUR");
    }
}
