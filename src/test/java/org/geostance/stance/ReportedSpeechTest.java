package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who holds reported speech in the forms wire copy uses: English without "that" ("said Turkey was …", "told
 * reporters Israel had …"), and a time, place, medium or addressee between the verb and what is said or after a
 * trailing attribution. Hand decision: these tests are about holders, not the layer's call.
 */
class ReportedSpeechTest {
    private static final String DATE = "2020-07";

    private static String holder(String language, String paragraph, String target) {
        return Fixtures.handStanceOf(language, DATE, paragraph, target).holder();
    }

    @Test
    void theSubjectOfSaidOrToldHoldsAClauseWithoutThat() {
        assertThat(holder("en", "The spokesman said Turkey was violating the ceasefire.", "TUR")).isEqualTo("The spokesman");
        assertThat(holder("en", "Erdogan told reporters Israel had committed a massacre in Gaza.", "ISR")).isEqualTo("Erdogan");
        assertThat(holder("en", "Cavusoglu told Reuters the United States would regret its sanctions.", "USA"))
                .isEqualTo("Cavusoglu");
        assertThat(holder("en", "The minister said Washington's aggression must stop.", "USA")).isEqualTo("The minister");
    }

    @Test
    void wordsOfSpeechThatReportNothingGiveNoSpeaker() {
        // An adjective, a passive (its subject is told), an infinitive: the author's words.
        assertThat(holder("en", "Under the said agreement, Turkey condemned Israel.", "ISR")).isEqualTo("author");
        assertThat(holder("en", "The spokesman declined to say whether Washington's aggression would stop.", "USA"))
                .isEqualTo("author");
        assertThat(holder("en", "The envoy was told Israel would condemn Turkey.", "TUR")).isNotEqualTo("The envoy");
        // "added" and "claimed" also name acts ("added Israel's NSO Group to its blacklist"): only "added that" reports.
        assertThat(holder("en", "Washington added Israel's brutal army units to its sanctions list.", "ISR")).isEqualTo("author");
    }

    @Test
    void aTimePlaceOrMediumBeforeThatKeepsTheSpeaker() {
        assertThat(holder("en", "The minister said on Sunday that Washington's aggression must stop.", "USA"))
                .isEqualTo("The minister");
        assertThat(holder("en", "The ministry announced on Sunday that Washington's aggression must stop.", "USA"))
                .isEqualTo("The ministry");
        assertThat(holder("en", "Erdogan told a news conference in Ankara on Monday that Israel was a terror state.", "ISR"))
                .isEqualTo("Erdogan");
        assertThat(holder("fr", "Le ministre a affirmé lundi à l'AFP que la décision de Washington était une grave erreur.", "USA"))
                .isEqualTo("Le ministre");
        assertThat(holder("fr", "Le ministre a déclaré lors d'une conférence de presse que l'agression de Washington devait cesser.", "USA"))
                .isEqualTo("Le ministre");
        // A verb's object before a relative « que » is no setting: the measures are not what Turkey said.
        assertThat(holder("fr", "La Turquie a annoncé les mesures que Washington a condamnées.", "USA")).isEqualTo("author");
    }

    @Test
    void aTrailingAttributionWithItsSettingHoldsTheWordsBeforeIt() {
        assertThat(holder("en", "Israel is committing genocide in Gaza, Turkish officials said on Sunday.", "ISR"))
                .isEqualTo("Turkish officials");
        assertThat(holder("en", "The United States betrayed its ally, the ministry said in a statement.", "USA"))
                .isEqualTo("the ministry");
        assertThat(holder("en", "Washington must stop its aggression, Erdogan told reporters in Ankara.", "USA"))
                .isEqualTo("Erdogan");
        assertThat(holder("en", "Israel's blockade is illegal, officials said Tuesday.", "ISR")).isEqualTo("officials");
        // The speaker's name ends where the setting begins.
        assertThat(holder("en", "Israel's blockade is illegal, said the spokesman on Sunday.", "ISR")).isEqualTo("the spokesman");
        assertThat(holder("fr", "La décision de Washington est une grave erreur, a indiqué mardi le ministère dans un communiqué.", "USA"))
                .isEqualTo("le ministère");
        assertThat(holder("fr", "La décision de Washington est une grave erreur, a indiqué le ministère turc dans un communiqué.", "USA"))
                .isEqualTo("le ministère turc");
    }

    @Test
    void aLeadInBeforeTheSpeakerStaysTheAuthors() {
        // What follows the verb is a clause of its own, so the comma closes a lead-in, not a quotation.
        assertThat(holder("en", "After Israel's brutal blockade, Turkish officials said Washington lied.", "ISR")).isEqualTo("author");
    }

    @Test
    void reportedSpeechEndsAtACoordinatedClauseWithItsOwnSubject() {
        assertThat(holder("en", "The Israeli army said Hamas used the tower, and Turkish officials condemned Israel's brutal raid.",
                "ISR")).isEqualTo("Turkish officials");
        assertThat(holder("en", "Turkish officials said the raid was legal, while protesters accused Israel of aggression.", "ISR"))
                .isNotEqualTo("Turkish officials");
        // The same subject goes on: still reported.
        assertThat(holder("en", "The Turkish minister said the raid was a crime, and called Israel's blockade illegal.", "ISR"))
                .isEqualTo("The Turkish minister");
    }

    @Test
    void aStressedPronounAfterSelonIsThePersonNamedBefore() {
        assertThat(holder("fr", "Erdogan a reçu le ministre à Ankara. Selon lui, l'agression israélienne doit cesser.", "ISR"))
                .isEqualTo("Erdogan");
    }
}
