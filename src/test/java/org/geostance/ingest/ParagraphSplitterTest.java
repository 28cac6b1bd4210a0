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
}
