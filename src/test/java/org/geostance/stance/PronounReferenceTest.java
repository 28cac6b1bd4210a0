package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pronouns standing for a target named before them, on sentences written for these tests. */
class PronounReferenceTest {
    private static final String DATE = "2021-07";

    @Test
    void aCliticObjectIsTheSubjectOfThePreviousSentenceEvenAfterAnApposedTitle() {
        // « l' » is the leader in apposition to the previous sentence's subject, five words in, not the verb's own
        // subject.
        String paragraph = "Le Premier ministre, Naftali Bennett, a proposé d'envoyer des renforts en Floride. "
                + "M. Biden l'a remercié lundi.";
        TargetStance isr = Fixtures.stanceOf("fr", DATE, paragraph, "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.FAVOR);
        assertThat(isr.evidence()).anyMatch(e -> e.lemma().equals("remercier") && e.rules().contains("pronoun-object"));
        assertThat(Fixtures.stanceOf("fr", DATE, paragraph, "USA").evidence())
                .noneMatch(e -> e.lemma().equals("remercier"));
    }

    @Test
    void aCliticObjectIsNeverTheVerbsOwnSubjectsSide() {
        // The previous sentence's subject is the verb's own side: « l' » stands for someone the paragraph does not name.
        String paragraph = "Le président américain, Joe Biden, a reçu un visiteur à la Maison-Blanche. "
                + "Washington l'a remercié lundi.";
        assertThat(Fixtures.stanceOf("fr", DATE, paragraph, "USA").evidence())
                .noneMatch(e -> e.lemma().equals("remercier"));
    }
}
