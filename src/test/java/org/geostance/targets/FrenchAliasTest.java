package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.targets.Fixture.fr;
import static org.geostance.targets.Fixture.frSpans;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per alias class in French. */
class FrenchAliasTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les États-Unis ont réagi.|USA:États-Unis",
        "Les Etats-Unis ont réagi.|USA:Etats-Unis",
        "LES ÉTATS-UNIS ONT RÉAGI.|USA:ÉTATS-UNIS",
        "Les Etats Unis ont réagi.|USA:Etats Unis",
        "Les États-Unis d'Amérique ont réagi.|USA:États-Unis d'Amérique",
        "L'Amérique se retire du traité.|USA:Amérique",
        "La Turquie dément.|TUR:Turquie",
        "La Türkiye dément.|TUR:Türkiye",
        "Israël frappe.|ISR:Israël",
        "ISRAËL frappe.|ISR:ISRAËL",
        "Israel frappe.|ISR:Israel",
        "L'État d'Israël frappe.|ISR:État d'Israël",
        "L\u2019État d\u2019Israël frappe.|ISR:État d\u2019Israël",
    })
    void names(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "L'Amérique latine vote.", "L'Amérique du Sud vote.", "L'Amérique du Nord vote.", "L'Amérique centrale vote.",
        "Les pays latino-américains votent.", "Une chanteuse latino-américaine.", "Les Afro-Américains votent.",
        "Le football américain.", "L'Organisation des États américains se réunit.", "L'État de Washington vote.",
    })
    void americasAndOtherNonReferences(String text) {
        assertThat(fr(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les US ont répondu.|USA:US",
        "Les USA ont répondu.|USA:USA",
        "Les U.S.A. ont répondu.|USA:U.S.A.",
        "Les É.-U. ont répondu.|USA:É.-U.",
        "Les E.-U. ont répondu.|USA:E.-U.",
        "Les U.S. ont répondu.|USA:U.S.",
    })
    void shortForms(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @Test
    void shortFormsAreCaseSensitive() {
        // « us et coutumes », the verb « usa » (passé simple of user) are not the United States.
        assertThat(fr("Selon les us et coutumes, il usa de son influence.")).isEmpty();
        assertThat(fr("Les Usa ont répondu.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "le bavardage américain|USA:américain",
        "une pression américaine|USA:américaine",
        "les diplomates américains|USA:américains",
        "les sanctions américaines|USA:américaines",
        "l'Américain Tom Smith|USA:Américain",
        "le gouvernement états-unien|USA:états-unien",
        "la marine états-unienne|USA:états-unienne",
        "les soldats états-uniens|USA:états-uniens",
        "les bases états-uniennes|USA:états-uniennes",
        "le gouvernement étasunien|USA:étasunien",
        "la politique étasunienne|USA:étasunienne",
        "les intérêts étasuniens|USA:étasuniens",
        "les forces étasuniennes|USA:étasuniennes",
        "le ministre turc|TUR:turc",
        "l'armée turque|TUR:turque",
        "les soldats turcs|TUR:turcs",
        "les autorités turques|TUR:turques",
        "les Turcs votent|TUR:Turcs",
        "le ministre israélien|ISR:israélien",
        "l'agression israélienne|ISR:israélienne",
        "les raids israéliens|ISR:israéliens",
        "les forces israéliennes|ISR:israéliennes",
        "les Israéliens votent|ISR:Israéliens",
        "les médias hébreux|ISR:hébreux",
        "le quotidien hébreu|ISR:hébreu",
    })
    void demonymsInEveryGenderAndNumber(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @Test
    void demonymsInsideCompoundsAndCombiningForms() {
        assertThat(frSpans("Un discours pro-américain, le conflit israélo-palestinien et la frontière turco-syrienne."))
                .containsExactly("USA:américain", "ISR:israélo", "TUR:turco");
        assertThat(frSpans("Le dialogue américano-iranien, les relations irano-turques."))
                .containsExactly("USA:américano", "TUR:turques");
        // A combining form only counts as the first part of a compound.
        assertThat(fr("Il a commandé un americano.")).isEmpty();
        assertThat(fr("La partie chypriote turque et les Chypriotes turcs.")).isEmpty();
        assertThat(fr("Elle a bu un café turc.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Washington a averti Téhéran.|USA:Washington",
        "La Maison-Blanche a réagi.|USA:Maison-Blanche",
        "La Maison Blanche a réagi.|USA:Maison Blanche",
        "Le Pentagone a confirmé.|USA:Pentagone",
        "Le Département d'État a confirmé.|USA:Département d'État",
        "Le département d'État a confirmé.|USA:département d'État",
        "Le Bureau ovale a tranché.|USA:Bureau ovale",
        "Ankara dément.|TUR:Ankara",
        "Tel-Aviv a réagi.|ISR:Tel-Aviv",
        "Tel Aviv a réagi.|ISR:Tel Aviv",
    })
    void capitalsAndSeats(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @Test
    void aWhiteHouseIsNotTheWhiteHouse() {
        assertThat(fr("Ils habitent une maison blanche près de la mer.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La CIA a enquêté.|USA:CIA",
        "Le FBI a enquêté.|USA:FBI",
        "La NSA écoute.|USA:NSA",
        "Le Congrès américain a voté.|USA:Congrès américain",
        "Le Congrès des États-Unis a voté.|USA:Congrès des États-Unis",
        "Le département du Trésor sanctionne.|USA:département du Trésor",
        "Tsahal a frappé.|ISR:Tsahal",
        "Le Mossad a agi.|ISR:Mossad",
        "Le Shin Beth a arrêté un suspect.|ISR:Shin Beth",
        "La Knesset a voté.|ISR:Knesset",
        "Le TSK a déployé des troupes.|TUR:TSK",
    })
    void institutions(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @Test
    void ambiguousInstitutionsNeedAnotherReferenceToTheSameTarget() {
        assertThat(frSpans("Le MIT, le service de renseignement turc, a arrêté un espion."))
                .containsExactly("TUR:MIT", "TUR:turc");
        assertThat(fr("Des chercheurs du MIT ont publié une étude.")).isEmpty();
        assertThat(frSpans("Le Congrès a voté des sanctions contre les États-Unis."))
                .containsExactly("USA:Congrès", "USA:États-Unis");
        assertThat(fr("Le Congrès du parti s'ouvre mardi.")).isEmpty();
        assertThat(fr("Le congrès du parti s'ouvre mardi.")).isEmpty();
        // IDF is also Île-de-France in French.
        assertThat(fr("Les transports en IDF sont perturbés.")).isEmpty();
        assertThat(frSpans("Selon l'armée israélienne (IDF), deux roquettes.")).containsExactly("ISR:israélienne", "ISR:IDF");
        // Support must come from the same target: a Turkish reference does not validate the US Congress.
        assertThat(frSpans("Le Congrès a salué la Turquie.")).containsExactly("TUR:Turquie");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'entité sioniste a frappé.|ISR:entité sioniste",
        "L\u2019entité sioniste a frappé.|ISR:entité sioniste",
        "L'ENTITÉ SIONISTE a frappé.|ISR:ENTITÉ SIONISTE",
        "Le régime sioniste a frappé.|ISR:régime sioniste",
        "L'ennemi sioniste a frappé.|ISR:ennemi sioniste",
        "L'État hébreu a frappé.|ISR:État hébreu",
        "L'Etat hebreu a frappé.|ISR:Etat hebreu",
        "L'État juif a frappé.|ISR:État juif",
        "Le Grand Satan menace.|USA:Grand Satan",
        "L'Oncle Sam menace.|USA:Oncle Sam",
    })
    void labels(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "La chanteuse américaine a annulé sa tournée.", "Deux chercheurs israéliens ont reçu le prix.",
        "Le romancier turc a publié un nouveau livre.",
        "Le premier pontife américain de l'histoire a été élu.", "Une ONG turque a distribué de l'aide.",
        "Parmi les victimes figurent un Américain et une Israélienne.",
    })
    void privatePeopleNamedByTradeAreNotTheState(String text) {
        assertThat(fr(text)).isEmpty();
    }

    @Test
    void aStateActorNamedByNationalityStillIs() {
        assertThat(frSpans("Les soldats américains et les diplomates turcs sont arrivés."))
                .containsExactly("USA:américains", "TUR:turcs");
        assertThat(frSpans("Des touristes israéliens ont été menacés.")).containsExactly("ISR:israéliens");
        assertThat(frSpans("Un drone américain a été abattu.")).containsExactly("USA:américain");
        assertThat(frSpans("Les Américains ont répondu.")).containsExactly("USA:Américains");
    }

    @Test
    void hebrewTheLanguageIsNotIsrael() {
        assertThat(fr("Il parle l'hébreu et publie en hébreu dans l'alphabet hébreu.")).isEmpty();
    }

    @Test
    void mentionsAreInTextOrderWithTokenRangesAndOffsets() {
        String text = "« Washington et Ankara », a dit le ministre israélien, jusqu'aux États-Unis.";
        var analyzed = Fixture.analyze(text);
        List<Mention> mentions = Fixture.MATCHER.find(analyzed, "fr", "2020-07");
        assertThat(mentions).extracting(Mention::target).containsExactly("USA", "TUR", "ISR", "USA");
        assertThat(mentions).extracting(Mention::kind)
                .containsExactly(AliasKind.CAPITAL, AliasKind.CAPITAL, AliasKind.DEMONYM, AliasKind.NAME);
        assertThat(mentions).extracting(Mention::alias)
                .containsExactly("Washington", "Ankara", "israélien", "États-Unis");
        for (Mention mention : mentions) {
            assertThat(analyzed.token(mention.firstToken()).begin()).isEqualTo(mention.begin());
            assertThat(analyzed.token(mention.endToken() - 1).end()).isEqualTo(mention.end());
        }
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).begin()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
    }

    @Test
    void longestAliasWinsAndMultiTokenAliasesSpanTheirTokens() {
        String text = "Le président Recep Tayyip Erdoğan et l'entité sioniste.";
        var analyzed = Fixture.analyze(text);
        List<Mention> mentions = Fixture.MATCHER.find(analyzed, "fr", "2020-07");
        assertThat(Fixture.spans(text, mentions)).containsExactly("TUR:Recep Tayyip Erdoğan", "ISR:entité sioniste");
        assertThat(mentions.get(0).endToken() - mentions.get(0).firstToken()).isEqualTo(3);
        assertThat(mentions.get(0).kind()).isEqualTo(AliasKind.LEADER);
        assertThat(mentions.get(1).kind()).isEqualTo(AliasKind.LABEL);
    }

    @Test
    void twoTargetsInsideOneHyphenatedTokenShareItsTokenRangeButNotTheirCharacters() {
        String text = "Les relations Ankara-Washington.";
        List<Mention> mentions = fr(text);
        assertThat(Fixture.spans(text, mentions)).containsExactly("TUR:Ankara", "USA:Washington");
        assertThat(mentions.get(0).firstToken()).isEqualTo(mentions.get(1).firstToken());
        assertThat(mentions.get(0).end()).isLessThanOrEqualTo(mentions.get(1).begin());
    }

    @Test
    void englishOnlyAliasesDoNotMatchInFrench() {
        assertThat(fr("Un vol Turkish pour Paris.")).isEmpty();
        assertThat(Fixture.mentions("Un vol Turkish pour Paris.", "en", null)).extracting(Mention::target)
                .containsExactly("TUR");
    }
}
