package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    @Test
    void oneOrManyBlankLinesSeparateParagraphs() {
        assertThat(ParagraphSplitter.split("Un.\n\nDeux.\n\n\n\nTrois.\n"))
                .containsExactly("Un.", "Deux.", "Trois.");
    }

    @Test
    void linesOfOneParagraphAreTrimmedAndJoinedWithOneSpace() {
        assertThat(ParagraphSplitter.split("  Ligne un  \n\tligne deux\nligne  trois\n\nAutre."))
                .containsExactly("Ligne un ligne deux ligne  trois", "Autre.");
    }

    @Test
    void whitespaceOnlyAndUnicodeSpaceOnlyLinesAreBlank() {
        String text = "Un.\n \t \nDeux.\n\u00A0\u00A0\nTrois.\n\u202F\u2007\u3000\u2003\nQuatre.";
        assertThat(ParagraphSplitter.split(text)).containsExactly("Un.", "Deux.", "Trois.", "Quatre.");
    }

    @Test
    void nbspAroundTextIsTrimmed() {
        assertThat(ParagraphSplitter.split("\u00A0Texte\u00A0»\u00A0")).containsExactly("Texte\u00A0»");
    }

    @Test
    void crlfAndOldMacCrEndingsSplitLikeLf() {
        assertThat(ParagraphSplitter.split("Un\r\nsuite\r\n\r\nDeux\r\n \r\n\r\nTrois"))
                .containsExactly("Un suite", "Deux", "Trois");
        assertThat(ParagraphSplitter.split("Un\rsuite\r\rDeux\r\r\rTrois\r"))
                .containsExactly("Un suite", "Deux", "Trois");
        assertThat(ParagraphSplitter.split("Un\r\n\nDeux\n\r\rTrois"))
                .containsExactly("Un", "Deux", "Trois");
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(ParagraphSplitter.split("")).isEmpty();
        assertThat(ParagraphSplitter.split(" \n\r\n\u00A0\t")).isEmpty();
    }

    @Test
    void emojiRightToLeftScriptsAndZeroWidthCharactersAreKept() {
        String arabic = "قال المتحدث إن الاتفاق مهم";
        String hebrew = "ישראל הודיעה היום";
        assertThat(ParagraphSplitter.split("Bravo 🇫🇷👍\n\n" + arabic + "\n\n" + hebrew + "\n\nzero\u200Bwidth\u200D"))
                .containsExactly("Bravo 🇫🇷👍", arabic, hebrew, "zero\u200Bwidth\u200D");
    }
    @Test
    void hardWrappedLinesJoinWithASpaceEvenBeforeACapital() {
        String text = "The foreign minister said on Sunday that the government would not enforce\n"
                + "the new sanctions, which it called unilateral and harmful, and met his\n"
                + "Israeli counterpart.\n\nNext.";
        assertThat(ParagraphSplitter.split(text)).containsExactly(
                "The foreign minister said on Sunday that the government would not enforce the new sanctions, which it"
                        + " called unilateral and harmful, and met his Israeli counterpart.", "Next.");
    }

    @Test
    void aWordBrokenAtItsHyphenByTheWrapJoinsWithoutASpace() {
        String text = "Kurdish fighters clashed on Sunday with the rebels of the so-called Turkish-\n"
                + "backed coalition near the border town, officials in the area said -\n"
                + "and the fighting went on.";
        assertThat(ParagraphSplitter.split(text)).containsExactly("Kurdish fighters clashed on Sunday with the rebels"
                + " of the so-called Turkish-backed coalition near the border town, officials in the area said - and the"
                + " fighting went on.");
    }

    @Test
    void aHeadlineLineKeepsItsLineBreakBeforeTheStory() {
        String text = "Ankara rejects the new sanctions\n"
                + "ANKARA, March 3 (Reuters) - Turkey will not enforce the latest sanctions on\n"
                + "oil shipments, the minister said.\n\n"
                + "« Nous refusons », a-t-il dit.\n\n"
                + "Par Jeanne Dupont\nÀ Ankara, le ministre a parlé longuement devant les députés de son parti.";
        assertThat(ParagraphSplitter.split(text)).containsExactly(
                "Ankara rejects the new sanctions\nANKARA, March 3 (Reuters) - Turkey will not enforce the latest"
                        + " sanctions on oil shipments, the minister said.",
                "« Nous refusons », a-t-il dit.",
                "Par Jeanne Dupont\nÀ Ankara, le ministre a parlé longuement devant les députés de son parti.");
    }

    @Test
    void withoutBlankLinesEachLineEndedOnPurposeIsAParagraph() {
        String longLine = "Turkey will not enforce the latest sanctions on oil shipments, the foreign minister said on"
                + " Sunday, calling the measures unilateral and harmful to trade across the whole region.";
        String text = "Ankara rejects the new sanctions\n" + longLine + "\n\"We respect the United Nations.\"\n"
                + "Officials in Washington said they expected allies to comply.";
        assertThat(ParagraphSplitter.split(text)).containsExactly("Ankara rejects the new sanctions", longLine,
                "\"We respect the United Nations.\"", "Officials in Washington said they expected allies to comply.");
    }

    @Test
    void withoutBlankLinesAWrappedParagraphStaysOne() {
        String text = "Le ministre des Affaires étrangères a déclaré dimanche que le gouvernement\n"
                + "n'appliquerait pas les nouvelles sanctions, qu'il juge unilatérales, et qu'Ankara\n"
                + "continuerait d'acheter du pétrole.";
        assertThat(ParagraphSplitter.split(text)).singleElement().asString().doesNotContain("\n")
                .contains("gouvernement n'appliquerait", "qu'Ankara continuerait");
    }
}
