package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** « son homologue », « son hôte », "his counterpart": the other side of the exchange, on sentences written for these tests. */
class CounterpartsTest {
    private static final String DATE = "2023-07";

    private static List<String> describe(TargetStance stance) {
        return stance.evidence().stream().map(Evidence::describe).toList();
    }

    @Test
    void aCounterpartIsTheOneTargetTheSentenceHasNotNamedBeforeIt() {
        TargetStance usa = Fixtures.stanceOf("fr", DATE,
                "Joe Biden a remporté l'élection américaine. Le président turc a félicité son homologue lundi.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(usa)).containsExactly("félicité (+féliciter) → +0.80 [object-of-verb]");
        // the possessor's own side gets nothing from it
        assertThat(Fixtures.stanceOf("fr", DATE,
                "Joe Biden a remporté l'élection américaine. Le président turc a félicité son homologue lundi.", "TUR")
                .evidence()).isEmpty();
    }

    @Test
    void aHostThankedForItsSupportIsTheTargetNamedBefore() {
        // No target in the sentence's subject (« ukrainien » is no target): the paragraph's one target is the host.
        TargetStance tur = Fixtures.stanceOf("fr", DATE, "Recep Tayyip Erdogan a reçu Volodymyr Zelensky à Istanbul. "
                + "Le président ukrainien a remercié son hôte pour son soutien.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(tur)).anyMatch(d -> d.startsWith("remercié (+remercier)") && d.endsWith("[object-of-verb]"));
    }

    @Test
    void englishCounterpartsAreResolvedTheSameWay() {
        TargetStance usa = Fixtures.stanceOf("en", DATE,
                "Joe Biden won the American election. Erdogan congratulated his counterpart on Monday.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(usa)).anyMatch(d -> d.startsWith("congratulated") && d.endsWith("[object-of-verb]"));
    }

    @Test
    void noCounterpartWhenTwoTargetsAreLeftOrTheSideCannotBeTold() {
        // Two candidates (Israel, the United States): the counterpart could be either.
        String two = "Les Etats-Unis et Israël ont dénoncé le sommet. Le président turc a félicité son homologue.";
        assertThat(Fixtures.stanceOf("fr", DATE, two, "USA").stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(Fixtures.stanceOf("fr", DATE, two, "ISR").evidence()).noneMatch(e -> e.lemma().equals("féliciter"));
        // The possessive opens the sentence: no possessor named before it.
        assertThat(Fixtures.stanceOf("fr", DATE, "Erdogan est arrivé à Doha. Son hôte a salué la visite.", "TUR")
                .evidence()).isEmpty();
        // An apposed name after a comma is someone else (here a president of no target country).
        assertThat(Fixtures.stanceOf("fr", DATE, "Israël a été invité. Le président turc a félicité son homologue, "
                + "le président mexicain.", "ISR").evidence()).noneMatch(e -> e.lemma().equals("féliciter"));
    }
}
