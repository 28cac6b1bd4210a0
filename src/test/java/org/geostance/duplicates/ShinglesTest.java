package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
}
