package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geostance.testing.SampleParagraphs;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.geostance.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void fourWordShinglesOnFoldedText() {
        assertThat(Shingles.of(List.of("Les États-Unis saluent l'accord", "de Téhéran.")))
                .containsExactly("les etats unis saluent", "etats unis saluent l", "unis saluent l accord",
                        "saluent l accord de", "l accord de teheran");
    }

    @Test
    void caseAccentsPunctuationAndParagraphBreaksDoNotMatter() {
        Set<String> original = new HashSet<>(Shingles.of(List.of("Ankara a suspendu, jeudi, ses échanges.")));
        Set<String> reformatted = new HashSet<>(Shingles.of(List.of("ANKARA a suspendu", "jeudi — ses echanges")));
        assertThat(reformatted).isEqualTo(original);
    }

    @Test
    void shortAndWordlessTextsStillHaveAShingle() {
        assertThat(Shingles.of(List.of("Gaza, encore."))).containsExactly("gaza encore");
        assertThat(Shingles.of(List.of("— … —"))).containsExactly("- … -");
    }

    @Test
    void hashesAreOnePerDistinctShingleSortedAndBlindToFormatting() {
        List<String> text = List.of("Ankara a suspendu ses échanges. Ankara a suspendu ses échanges avec Israël.");
        int[] hashes = Shingles.hashes(text);
        assertThat(hashes).hasSize(new HashSet<>(Shingles.of(text)).size()).isSorted().doesNotHaveDuplicates();
        assertThat(Shingles.hashes(List.of("ANKARA a suspendu ses echanges", "Ankara a suspendu ses échanges avec"
                + " Israel !"))).isEqualTo(hashes);
        assertThat(Shingles.hashes(List.of("Ankara a repris ses échanges avec Israël."))).isNotEqualTo(hashes);
    }

    @Test
    void hashesFromTheScorersTokensEqualHashesFromTheText() {
        TextAnalyzer analyzer = SharedSpark.analyzer();
        List<String> odd = List.of("Don't say \"F-35s\" or 35ans: l'accord d'Israël, aujourd'hui, U.S.-led.",
                "ΑΘΗΝΑΣ και ΟΔΥΣΣΕΑΣ", "Ankara\u00ADWashington\u200B talks", "ﬁnal œuvre № 5 ½ ²",
                "— … —", "  ", "Dernier mot " + "très long ".repeat(TextAnalyzer.MAX_ANALYZED_CHARS / 5));
        List<String> paragraphs = new java.util.ArrayList<>(SampleParagraphs.all());
        paragraphs.addAll(odd);
        for (String paragraph : paragraphs) {
            assertThat(Shingles.hashes(List.of(paragraph), List.of(analyzer.analyze(paragraph)))).as(paragraph)
                    .isEqualTo(Shingles.hashes(List.of(paragraph)));
        }
        List<AnalyzedText> analyzed = analyzer.analyzeAll(odd);
        assertThat(Shingles.hashes(odd, analyzed)).isEqualTo(Shingles.hashes(odd));
    }
}
