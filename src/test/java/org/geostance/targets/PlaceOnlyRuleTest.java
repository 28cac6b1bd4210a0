package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.targets.Fixture.en;
import static org.geostance.targets.Fixture.enSpans;
import static org.geostance.targets.Fixture.fr;
import static org.geostance.targets.Fixture.frSpans;

import java.util.ArrayList;
import java.util.List;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Sentence;
import org.geostance.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A capital named only as the place where something happened is not a reference; one addressed or acting is. */
class PlaceOnlyRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Le ministre iranien a déclaré à Washington que l'accord tenait.",
        "Le ministre iranien a déclaré mercredi à Washington que l'accord tenait.",
        "Lors d'une conférence de presse à Ankara, le ministre iranien a parlé.",
        "Le ministre iranien s'est rendu à Ankara pour des pourparlers.",
        "L'accord a été signé à Washington en 2019.",
        "L'ambassadeur d'Iran à Ankara a été convoqué.",
        "Une réunion s'est tenue à Tel-Aviv entre diplomates européens.",
        "À Ankara, le ministre iranien a déclaré que rien ne changerait.",
        "« Nous resterons », a affirmé depuis Washington le ministre iranien.",
    })
    void frenchPlaceOnly(String text) {
        assertThat(fr(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Téhéran a répondu à Washington par un tir de missile.|USA:Washington",
        "Téhéran a adressé une lettre à Washington.|USA:Washington",
        "Téhéran a lancé un avertissement à Ankara.|TUR:Ankara",
        "Washington a averti Téhéran.|USA:Washington",
        "Ankara a déclaré que l'opération continuerait.|TUR:Ankara",
        "Le ministre iranien a critiqué Washington.|USA:Washington",
        "À Washington, on s'inquiète de la situation.|USA:Washington",
        "Les missiles livrés à Ankara par la Russie.|TUR:Ankara",
    })
    void frenchCapitalStandingForTheState(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Iranian minister told reporters in Washington that the deal held.",
        "Speaking in Ankara, the Iranian minister said the deal held.",
        "The Iranian minister, speaking at a news conference in Ankara, said so.",
        "The Iranian delegation arrived in Ankara on Monday.",
        "The Iranian minister travelled to Washington for talks.",
        "In Washington, the Iranian envoy said the talks had failed.",
        "The Iranian embassy in Ankara was closed.",
        "The Iranian minister flew back to Ankara on Monday.",
        "A letter from the Iranian minister, who returned from Washington on Monday.",
        "The Iranian minister, who leaves for Washington on Sunday, said nothing.",
        "Foreign carriers cancelled their flights to Tel Aviv.",
        "The delegation departed for Ankara after the talks.",
        "Associated Press writer Jane Roe in Washington contributed to this report.",
    })
    void englishPlaceOnly(String text) {
        assertThat(en(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tehran responded to Washington with a missile strike.|USA:Washington",
        "Tehran sent a letter to Washington.|USA:Washington",
        "Washington warned Tehran.|USA:Washington",
        "Officials in Washington believe the deal is dead.|USA:Washington",
        "Tehran accused Ankara of lying.|TUR:Ankara",
        "Tehran said it would talk to Washington.|USA:Washington",
        "Tehran said to Washington that it would resist.|USA:Washington",
        "Tehran received a letter from Washington.|USA:Washington",
        "Iran will send drones to Ankara.|TUR:Ankara",
        "Baghdad has moved closer to Washington since the election.|USA:Washington",
        "Qatar, which moved its ties to Ankara up a level, said so.|TUR:Ankara",
        "The vote was a victory for Washington.|USA:Washington",
        "Tehran is writing to Washington again.|USA:Washington",
        "Tehran has written to Ankara twice.|TUR:Ankara",
    })
    void englishCapitalStandingForTheState(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le président turc a déclaré à Ankara que rien ne changerait.|TUR:turc",
        "Erdogan a déclaré à Ankara que rien ne changerait.|TUR:Erdogan",
    })
    void otherReferencesInTheSentenceStay(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le président a déclaré à la Maison-Blanche que l'accord tenait.|USA:Maison-Blanche",
        "The president said at the White House that the deal held.|USA:White House",
    })
    void seatsAreNotSubjectToTheRule(String text, String expected) {
        assertThat(Fixture.spans(text, Fixture.mentions(text, text.startsWith("Le") ? "fr" : "en", "2020-07")))
                .containsExactly(expected);
    }

    /** Tokens as given, each found in order in the text; one sentence. */
    private static AnalyzedText tokenized(String text, String... tokens) {
        List<Token> list = new ArrayList<>();
        int from = 0;
        for (String token : tokens) {
            int begin = text.indexOf(token, from);
            list.add(Token.of(token, begin));
            from = begin + token.length();
        }
        return new AnalyzedText(text, list, List.of(new Sentence(0, list.size(), 0, text.length())));
    }

    @Test
    void holdsWhenTheTokenizerGluesThePrepositionToTheCapital() {
        // Spark NLP 5.5.3 reads the tokenizer exception "U.S." as a case-insensitive regex, which glues
        // « depuis Washington, » or « turques et » into one token; matching works on pieces and does not care.
        String text = "Le ministre a affirmé depuis Washington, hier, que les forces turques et russes resteraient.";
        AnalyzedText glued = tokenized(text, "Le", "ministre", "a", "affirmé", "depuis Washington,", "hier", ",",
                "que", "les", "forces", "turques et", "russes", "resteraient", ".");
        List<Mention> mentions = Fixture.MATCHER.find(glued, "fr", "2020-07");
        assertThat(Fixture.spans(text, mentions)).containsExactly("TUR:turques");
        assertThat(mentions.get(0).firstToken()).isEqualTo(10);
        assertThat(mentions.get(0).endToken()).isEqualTo(11);

        String addressed = "Téhéran a répondu à Washington.";
        assertThat(Fixture.spans(addressed, Fixture.MATCHER.find(
                tokenized(addressed, "Téhéran", "a", "répondu", "à Washington", "."), "fr", "2020-07")))
                .containsExactly("USA:Washington");
    }
}
