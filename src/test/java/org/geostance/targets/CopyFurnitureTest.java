package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.targets.Fixture.enSpans;
import static org.geostance.targets.Fixture.frSpans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Datelines, link lines and credit lines name places without referring to them. */
class CopyFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ANKARA, July 3 (Reuters) – Kurdish militants attacked a police station, killing two officers.",
        "ANKARA (Reuters) - Kurdish militants attacked a police station near the border.",
        "WASHINGTON, Jan. 23, 2024 (AP) — The city council voted on the budget late on Tuesday.",
        "Washington, March 3 — The city council voted on the budget late on Tuesday.",
        "ISTANBUL, Turkey (AP) — Thousands marched through the city on Sunday.",
        "GAZA/TEL AVIV (Reuters) - Fighting went on through the night.",
        "ANKARA (AA) - Parliament opened its new session on Monday.",
        "WASHINGTON, Jan 5: The city council voted on the budget late on Tuesday.",
        "Ankara — Parliament opened its new session on Monday.",
        "ANKARA, Turkey — Parliament opened its new session on Monday.",
        "ANKARA Jan 23 (Reuters) - Kurdish militants attacked a police station near the border.",
        "ANKARA, Turkey, Jan. 23 (AP) — Parliament opened its new session on Monday.",
        "ISTANBUL/ANKARA (Reuters) - Thousands marched through both cities on Sunday.",
        "ANKARA (Hurriyet Daily News) - Parliament opened its new session on Monday.",
        "WASHINGTON (JNS) — The cabinet met late into the night.",
        "Read more: Washington condemns Turkey over the strikes",
        "(Reporting by Jane Doe in Ankara; Editing by John Roe)",
        "Additional reporting by Jane Doe in Washington",
        // A dateline lower-cased by a scraper, with its date or agency.
        "istanbul, June 4 (Reuters) - Police detained dozens of protesters.",
        "ankara (AP) — Parliament opened its new session on Monday.",
        // Bylines, and boilerplate that names a target.
        "By Jane Roe and John Doe in Ankara",
        "By JOHN DOE, Washington bureau | Updated 3:12 p.m. ET",
        "Sign up for our Turkey Briefing newsletter",
        "© 2024 The Times of Israel. All rights reserved.",
        "Share this article on Israel's election",
    })
    void englishFurnitureIsNoReference(String text) {
        assertThat(enSpans(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ANKARA (AFP) - Le Parlement a ouvert sa session lundi.",
        "Ankara, 3 mars (AFP) – Le Parlement a ouvert sa session lundi.",
        "ANKARA, 1er mars 2024 (AFP) – Le Parlement a ouvert sa session lundi.",
        "ISTANBUL/ANKARA, 12 mai (AFP) - Des milliers de manifestants ont défilé dimanche.",
        "ANKARA, 12 mai (Hürriyet) - Le cabinet s'est réuni tard dans la nuit.",
        "Lire aussi : Washington condamne les frappes",
        "À lire aussi : Ankara menace Damas",
        "► LIRE AUSSI - Washington durcit le ton face à Ankara",
        "Par Jean Dupont, envoyé spécial à Ankara",
        "De notre correspondant à Washington, Jean Dupont",
        "Par Jeanne Dupont, à Ankara",
        "Par Jeanne Dupont et Jean Martin (Washington)",
        "Abonnez-vous à notre newsletter Turquie",
        "Tous droits réservés : Le Courrier d'Israël",
        "ankara, 4 juin (AFP) - La police a interpellé des dizaines de manifestants.",
    })
    void frenchFurnitureIsNoReference(String text) {
        assertThat(frSpans(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The dateline's place is dropped, a reference after it stays.
        "ANKARA (Reuters) - Turkey's parliament approved the bid.|TUR:Turkey",
        "WASHINGTON, March 3 (AP) — Washington warned Ankara on Tuesday.|USA:Washington,TUR:Ankara",
        // No date or agency and a colon: a headline naming the state, not a dateline.
        "Washington: the sanctions will stay, officials said.|USA:Washington",
        // A dash pair is an aside, not a dateline.
        "Washington — which had long opposed the bid — welcomed the vote.|USA:Washington",
        "Read the statement: Washington condemns the strikes.|USA:Washington",
        // A headline the ingest joined before the dateline keeps its references; the dateline's place goes.
        "Turkey rebuffs Israel ANKARA (Reuters) - Parliament met on Monday.|TUR:Turkey,ISR:Israel",
        "Turkey rebuffs Israel ANKARA, Jan 23 - Parliament met on Monday.|TUR:Turkey,ISR:Israel",
        // Capitals in the story after a full stop, or without a date or source, are no dateline.
        "Talks ended. ANKARA (Reuters) said nothing.|TUR:ANKARA",
        "Ties with TURKEY - and with Israel - are strained.|TUR:TURKEY,ISR:Israel",
        // An unlisted source counts only after a place in capitals and before a dash.
        "Ankara (local media) - Parliament met on Monday.|TUR:Ankara",
        "ANKARA (Hurriyet): the talks went on.|TUR:ANKARA",
        // Photo credits: upper-case words and an agency around a slash.
        "Soldiers patrol the border near Gaza. ISRAELI ARMY/AFP|",
        "A destroyer in the Gulf. Photo: U.S. NAVY/Handout via REUTERS|",
        "Protesters in Ankara on Sunday (AP Photo/Israel Levin) as Turkey votes.|TUR:Turkey",
        "Turkey and Israel/AFP-style deals were signed.|TUR:Turkey,ISR:Israel",
        "Trade between TURKEY/ISRAEL grew last year.|TUR:TURKEY,ISR:ISRAEL",
        // Text that opens like a byline or a marker, or a lower-case opening without date or agency, stays text.
        "By the end of the year, Turkey had cut its imports.|TUR:Turkey",
        "By Washington's count, dozens died in the strikes.|USA:Washington",
        "Signs of a thaw between Turkey and Israel appeared.|TUR:Turkey,ISR:Israel",
        "Subscribers in Turkey can read the report.|TUR:Turkey",
        "israel's parliament - and Turkey's - voted on Monday.|ISR:israel,TUR:Turkey",
    })
    void englishReferencesAroundFurnitureStay(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected == null ? new String[0] : expected.split(","));
    }

    @Test
    void aLineTheIngestKeptMayOpenWithADatelineOrAByline() {
        // After a headline line, a dateline in any case; the headline keeps its references.
        assertThat(enSpans("Turkey rebuffs Israel\nAnkara, March 3 (Reuters) - Parliament met on Monday."))
                .containsExactly("TUR:Turkey", "ISR:Israel");
        assertThat(enSpans("Israel rebuffs Turkey\nWashington — Officials met on Monday."))
                .containsExactly("ISR:Israel", "TUR:Turkey");
        assertThat(enSpans("Turkey rebuffs Israel\nBy Jane Roe in Washington\nANKARA (Reuters) - Parliament met."))
                .containsExactly("TUR:Turkey", "ISR:Israel");
        // Joined with a space, a dateline in ordinary case is text: the headline's last words cannot be told from it.
        assertThat(enSpans("Turkey rebuffs Israel Washington — Officials met on Monday."))
                .containsExactly("TUR:Turkey", "ISR:Israel", "USA:Washington");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ANKARA (AFP) - La Turquie a approuvé l'adhésion.|TUR:Turquie",
        "Ankara : le gouvernement dément toute implication.|TUR:Ankara",
        "Washington, qui s'y opposait, a salué le vote.|USA:Washington",
        "Lire la déclaration : Washington condamne les frappes.|USA:Washington",
        "Par ailleurs, Ankara a démenti.|TUR:Ankara",
        // A bare opening before a dash drops a capital only: a country there is a headline's subject.
        "Israël - Hamas : la trêve tient toujours.|ISR:Israël",
        "Des soldats patrouillent à Gaza. Photo : ARMÉE ISRAÉLIENNE / AFP|",
        "Des soldats israéliens à Gaza, le 3 mars. ARMÉE ISRAÉLIENNE / AFP|ISR:israéliens",
        "Par Washington, il faut entendre la Maison-Blanche.|USA:Washington,USA:Maison-Blanche",
        "Partagé entre Ankara et Washington, le pays hésite.|TUR:Ankara,USA:Washington",
    })
    void frenchReferencesAroundFurnitureStay(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected == null ? new String[0] : expected.split(","));
    }
}
