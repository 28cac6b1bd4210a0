package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidenceTableTest {
    private static final EvidenceClass STRONG_AGAINST = EvidenceClass.of("fr", Stance.AGAINST, 2, -1.6, 1.6, false, false);
    private static final EvidenceClass WEAK_AGAINST = EvidenceClass.of("fr", Stance.AGAINST, 1, -0.4, 0.4, false, false);
    private static final EvidenceClass NEAREST_AGAINST = EvidenceClass.of("fr", Stance.AGAINST, 1, -0.5, 0.5, true, false);

    @Test
    void classesFollowTheEvidence() {
        assertThat(STRONG_AGAINST.keys()).first().isEqualTo("fr against attached strong agreeing author");
        assertThat(NEAREST_AGAINST.basis()).isEqualTo("nearest");
        assertThat(EvidenceClass.of("en", Stance.FAVOR, 2, 0.9, 1.9, false, true).keys()).first()
                .isEqualTo("en favor attached medium disagreeing quoted");
        assertThat(EvidenceClass.of("en", Stance.NEUTRAL, 0, 0, 0, true, false).keys()).first()
                .isEqualTo("en neutral none - agreeing author");
        assertThat(EvidenceClass.of("en", Stance.NEUTRAL, 2, 0.1, 1.5, false, false).basis()).isEqualTo("cues");
        assertThat(STRONG_AGAINST.keys()).hasSize(7).last().isEqualTo("* * * * * *");
        assertThat(STRONG_AGAINST.keys().get(3)).isEqualTo("fr against attached * * *");
    }

    @Test
    void aClassSeenOftenEnoughGetsTheLowerBoundOfItsOwnRate() {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit, STRONG_AGAINST, 45, 5);
        ConfidenceTable table = fit.table();

        double expected = new WilsonScoreInterval().createInterval(50, 45, 0.90).getLowerBound();
        assertThat(table.confidence(STRONG_AGAINST)).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.0006))
                .isLessThan(0.9).isGreaterThan(0.8);
        assertThat(table.cellFor(STRONG_AGAINST).key()).isEqualTo("fr against attached strong agreeing author");
    }

    @Test
    void aRareClassBacksOffToTheFirstCoarserClassSeenOftenEnough() {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit, STRONG_AGAINST, 30, 2);
        tally(fit, WEAK_AGAINST, 3, 0);
        tally(fit, NEAREST_AGAINST, 5, 10);
        ConfidenceTable table = fit.table();

        // Three weak labels, all right: not enough to claim anything; the attached against labels (33 of 35) speak.
        assertThat(table.cellFor(WEAK_AGAINST).key()).isEqualTo("fr against attached * * *");
        assertThat(table.cellFor(WEAK_AGAINST).pairs()).isEqualTo(35);
        // Fifteen nearest-target labels: the against labels of French as a whole (38 of 50).
        assertThat(table.cellFor(NEAREST_AGAINST).key()).isEqualTo("fr against * * * *");
        assertThat(table.confidence(NEAREST_AGAINST)).isLessThan(table.confidence(STRONG_AGAINST));
        // A class never seen in a language never seen: the coarsest tally there is.
        EvidenceClass unseen = EvidenceClass.of("en", Stance.FAVOR, 1, 0.5, 0.5, false, false);
        assertThat(table.cellFor(unseen).key()).isEqualTo("* * * * * *");
    }

    @Test
    void theTableReadsBackAsWritten(@TempDir Path dir) {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit, STRONG_AGAINST, 40, 4);
        tally(fit, NEAREST_AGAINST, 9, 11);
        ConfidenceTable table = fit.table();
        table.write(dir.resolve(ConfidenceTable.FILE), List.of("fitted in a test"));

        List<Path> loaded = new ArrayList<>();
        assertThat(ConfidenceTable.load(dir, loaded)).isEqualTo(table);
        assertThat(loaded).containsExactly(dir.resolve(ConfidenceTable.FILE));
    }

    @Test
    void aMalformedLineNamesItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ConfidenceTable.FILE), "# c\nclass\tpairs\tright\tconfidence\nfr against\t3\t2\t0.5\n");
        assertThatThrownBy(() -> ConfidenceTable.load(dir, new ArrayList<>()))
                .isInstanceOf(InvalidLexiconException.class).hasMessageStartingWith("confidence.tsv:3:");
        assertThatThrownBy(() -> ConfidenceTable.load(dir.resolve("missing"), new ArrayList<>()))
                .hasMessageContaining("bin/geostance calibrate");
    }

    private static void tally(ConfidenceTable.Fit fit, EvidenceClass evidenceClass, int right, int wrong) {
        for (int i = 0; i < right + wrong; i++) {
            fit.add(evidenceClass, i < right);
        }
    }
}
