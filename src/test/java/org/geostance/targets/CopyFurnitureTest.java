package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.targets.Fixture.enSpans;
import static org.geostance.targets.Fixture.frSpans;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Datelines, link lines and credit lines name places without referring to them. */
class CopyFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ANKARA, July 3 (Reuters) – Kurdish militants attacked a police station, killing two officers.",
        "ANKARA (Reuters) - Kurdish militants attacked a police station near the border.",
        "WASHINGTON, Jan. 23, 2024 (AP) — The Senate voted on the budget late on Tuesday.",
        "Washington, March 3 — The Senate voted on the budget late on Tuesday.",
        "ISTANBUL, Turkey (AP) — Thousands marched through the city on Sunday.",
        "GAZA/TEL AVIV (Reuters) - Fighting went on through the night.",
        "ANKARA (AA) - Parliament opened its new session on Monday.",
        "WASHINGTON, Jan 5: The Senate voted on the budget late on Tuesday.",
        "Ankara — Parliament opened its new session on Monday.",
        "ANKARA, Turkey — Parliament opened its new session on Monday.",
        "Read more: Washington condemns Turkey over the strikes",
        "(Reporting by Jane Doe in Ankara; Editing by John Roe)",
        "Additional reporting by Jane Doe in Washington",
    })
    void englishFurnitureIsNoReference(String text) {
        assertThat(enSpans(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ANKARA (AFP) - Le Parlement a ouvert sa session lundi.",
        "Ankara, 3 mars (AFP) – Le Parlement a ouvert sa session lundi.",
        "ANKARA, 1er mars 2024 (AFP) – Le Parlement a ouvert sa session lundi.",
        "Lire aussi : Washington condamne les frappes",
        "À lire aussi : Ankara menace Damas",
        "► LIRE AUSSI - Washington durcit le ton face à Ankara",
        "Par Jean Dupont, envoyé spécial à Ankara",
        "De notre correspondant à Washington, Jean Dupont",
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
    })
    void englishReferencesAroundFurnitureStay(String text, String expected) {
        assertThat(enSpans(text)).containsExactly(expected.split(","));
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
    })
    void frenchReferencesAroundFurnitureStay(String text, String expected) {
        assertThat(frSpans(text)).containsExactly(expected.split(","));
    }
}
