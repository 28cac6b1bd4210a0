package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/**
 * A quotation that runs over several paragraphs: by the English convention the paragraph it leaves has no closing
 * mark and the next one opens with a new mark. Scored alone (here, as in {@code explain}), the speaker of a paragraph
 * made only of a continued quotation is unknown: its holder is the author. In an article the previous paragraph
 * hands its open quotation's speaker on ({@code ScoredArticleTest}). Hand decision: these tests are about holders
 * and quotation spans, not the layer's call.
 */
class ContinuedQuoteTest {
    private static final String DATE = "2020-07";

    private static TargetStance score(String language, String paragraph, String target) {
        return Fixtures.handStanceOf(language, DATE, paragraph, target);
    }

    @Test
    void aParagraphMadeOfAContinuedQuotationScoredAloneIsQuotedInTheAuthorsName() {
        TargetStance usa = score("en", "\"Washington has betrayed its ally and must pay for it. We will not forget", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("quoted");
        assertThat(usa.holder()).isEqualTo("author");
        TargetStance fr = score("fr", "« Washington a trahi son allié et devra en payer le prix. Nous n'oublierons pas", "USA");
        assertThat(rules(fr)).contains("quoted");
        assertThat(fr.holder()).isEqualTo("author");
    }

    @Test
    void aQuotationOpeningTheSentenceAfterAnAttributedOneKeepsItsSpeaker() {
        TargetStance unclosed = score("en",
                "\"We will respond to any attack,\" Erdogan said. \"Washington has betrayed its ally and must pay for it",
                "USA");
        assertThat(rules(unclosed)).contains("quoted");
        assertThat(unclosed.holder()).isEqualTo("Erdogan");
        TargetStance closed = score("en",
                "\"We will respond to any attack,\" Erdogan said. \"Washington has betrayed its ally.\"", "USA");
        assertThat(closed.holder()).isEqualTo("Erdogan");
        TargetStance fr = score("fr",
                "« Nous répondrons à toute attaque, sans attendre », a déclaré Erdogan. « Washington a trahi son allié et devra en payer le prix", "USA");
        assertThat(fr.holder()).isEqualTo("Erdogan");
    }

    @Test
    void anUnclosedQuotationSwallowsNothingBeforeIt() {
        // A sentence of the author's own between the two quotations: neither the speaker nor the marks reach it.
        TargetStance isr = score("en", "\"We will respond,\" Erdogan said. Washington condemned Israel for the raid. "
                + "\"This is only the start of a long fight", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.holder()).isEqualTo("Washington");
        assertThat(rules(isr)).doesNotContain("quoted");
    }
}
