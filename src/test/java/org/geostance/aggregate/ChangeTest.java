package org.geostance.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTest {
    private static final int MIN_SUPPORT = 5;

    @Test
    void fromNeutralToAgainstIsSignificant() {
        assertThat(Change.significant(counts(12, 0, 0), counts(12, 11, 0), MIN_SUPPORT)).isTrue();
    }

    @Test
    void aMoveInsideTheIntervalsIsNot() {
        assertThat(Change.significant(counts(10, 2, 1), counts(10, 4, 1), MIN_SUPPORT)).isFalse();
        assertThat(Change.significant(counts(30, 10, 5), counts(30, 13, 4), MIN_SUPPORT)).isFalse();
    }

    @Test
    void aChangeOfTheFavorShareAloneCounts() {
        assertThat(Change.significant(counts(20, 2, 1), counts(20, 2, 16), MIN_SUPPORT)).isTrue();
    }

    @Test
    void periodsBelowTheMinimumSupportNeverShift() {
        // 4 of 4 against versus 0 of 4: the Wilson intervals ([0.51, 1] and [0, 0.49]) are disjoint.
        assertThat(Change.significant(counts(4, 0, 0), counts(4, 4, 0), 1)).isTrue();
        assertThat(Change.significant(counts(4, 0, 0), counts(4, 4, 0), MIN_SUPPORT)).isFalse();
        assertThat(Change.significant(counts(40, 0, 0), counts(4, 4, 0), MIN_SUPPORT)).isFalse();
    }

    @Test
    void threeParagraphsEachCannotShiftWhateverTheirStance() {
        // Wilson intervals of 3/3 and 0/3 overlap ([0.44, 1] and [0, 0.56]): too few paragraphs to tell.
        assertThat(Change.significant(counts(3, 0, 0), counts(3, 3, 0), 1)).isFalse();
    }

    private static Change.Counts counts(int paragraphs, int against, int favor) {
        return new Change.Counts(paragraphs, against, favor);
    }
}
