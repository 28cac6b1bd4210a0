package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidenceTableTest {
    private static final EvidenceClass STRONG_AGAINST = EvidenceClass.of("fr", Stance.AGAINST, 2, -1.6, 1.6, false, false);
    private static final EvidenceClass WEAK_AGAINST = EvidenceClass.of("fr", Stance.AGAINST, 1, -0.4, 0.4, false, false);
    private static final EvidenceClass FAVOR = EvidenceClass.of("fr", Stance.FAVOR, 1, 0.8, 0.8, false, false);
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
    void aClassRateOnTheTuningSplitsIsScaledByHowItsGroupFaresOnTheHeldOutSplit() {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit::addTuning, STRONG_AGAINST, 45, 5);
        tally(fit::addTuning, WEAK_AGAINST, 35, 15);
        tally(fit::addHeldOut, STRONG_AGAINST, 20, 10);
        tally(fit::addHeldOut, WEAK_AGAINST, 10, 10);
        ConfidenceTable table = fit.table();

        // French against labels: 80 of 100 right on the tuning splits, 30 of 50 held out.
        double scale = new WilsonScoreInterval().createInterval(50, 30, 0.90).getLowerBound() / 0.8;
        ConfidenceTable.Cell strong = table.cellFor(STRONG_AGAINST);
        assertThat(strong.key()).isEqualTo("fr against attached strong agreeing author");
        assertThat(strong.group()).isEqualTo("fr against * * * *");
        assertThat(strong.groupPairs()).isEqualTo(50);
        assertThat(strong.confidence()).isCloseTo(0.9 * scale, offset(0.0006));
        assertThat(table.confidence(WEAK_AGAINST)).isCloseTo(0.7 * scale, offset(0.0006));
    }

    @Test
    void aLabelTheLayerChangedHasItsOwnOutOfFoldRate() {
        EvidenceClass learned = new EvidenceClass("fr", Stance.AGAINST, LearnedDecision.BASIS, "-", true, false);
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit::addTuning, learned, 18, 12);
        tally(fit::addTuning, WEAK_AGAINST, 30, 10);
        tally(fit::addHeldOut, WEAK_AGAINST, 15, 10);
        ConfidenceTable table = fit.table();

        // The tuning labels are out of fold (Calibration), so 18 of 30 is the layer's own record, scaled like any
        // class's by French against as a whole: 48 of 70 tuning, 15 of 25 held out.
        assertThat(table.cellFor(learned).key()).isEqualTo("fr against learned - agreeing author");
        assertThat(table.confidence(learned)).isCloseTo(18.0 / 30
                * new WilsonScoreInterval().createInterval(25, 15, 0.90).getLowerBound() / (48.0 / 70), offset(0.0006));
    }

    @Test
    void rareClassesAndThinGroupsBackOffToCoarserOnes() {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit::addTuning, STRONG_AGAINST, 30, 2);
        tally(fit::addTuning, WEAK_AGAINST, 3, 0);
        tally(fit::addTuning, NEAREST_AGAINST, 5, 10);
        tally(fit::addTuning, FAVOR, 40, 0);
        tally(fit::addHeldOut, STRONG_AGAINST, 10, 5);
        tally(fit::addHeldOut, FAVOR, 4, 1);
        ConfidenceTable table = fit.table();

        // Three weak labels, all right: not enough to claim anything; the attached against labels (33 of 35) speak.
        assertThat(table.cellFor(WEAK_AGAINST).key()).isEqualTo("fr against attached * * *");
        assertThat(table.cellFor(WEAK_AGAINST).pairs()).isEqualTo(35);
        // Fifteen nearest-target labels: the against labels of French as a whole (38 of 50).
        assertThat(table.cellFor(NEAREST_AGAINST).key()).isEqualTo("fr against * * * *");
        assertThat(table.confidence(NEAREST_AGAINST)).isLessThan(table.confidence(STRONG_AGAINST));
        // Five held-out favor labels are too few for their own group: French as a whole (20 labels) scales them.
        assertThat(table.cellFor(FAVOR).group()).isEqualTo("fr * * * * *");
        // A class never seen in a language never seen: the coarsest tally there is.
        EvidenceClass unseen = EvidenceClass.of("en", Stance.FAVOR, 1, 0.5, 0.5, false, false);
        assertThat(table.cellFor(unseen).key()).isEqualTo("* * * * * *");
    }

    @Test
    void theTableReadsBackAsWritten(@TempDir Path dir) {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(fit::addTuning, STRONG_AGAINST, 40, 4);
        tally(fit::addTuning, NEAREST_AGAINST, 9, 11);
        tally(fit::addHeldOut, STRONG_AGAINST, 16, 8);
        ConfidenceTable table = fit.table();
        table.write(dir.resolve(ConfidenceTable.FILE), List.of("fitted in a test"));

        List<Path> loaded = new ArrayList<>();
        assertThat(ConfidenceTable.load(dir, loaded)).isEqualTo(table);
        assertThat(loaded).containsExactly(dir.resolve(ConfidenceTable.FILE));
    }

    @Test
    void aMalformedLineNamesItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ConfidenceTable.FILE), "# c\nfr against * * * *\t3\t2\t0.5\n");
        assertThatThrownBy(() -> ConfidenceTable.load(dir, new ArrayList<>()))
                .isInstanceOf(InvalidLexiconException.class).hasMessageStartingWith("confidence.tsv:2:");
        assertThatThrownBy(() -> ConfidenceTable.load(dir.resolve("missing"), new ArrayList<>()))
                .hasMessageContaining("bin/geostance calibrate");
    }

    private static void tally(BiConsumer<EvidenceClass, Boolean> add, EvidenceClass evidenceClass, int right,
                              int wrong) {
        for (int i = 0; i < right + wrong; i++) {
            add.accept(evidenceClass, i < right);
        }
    }
}
