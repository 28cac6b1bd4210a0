package org.geostance.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reconciliation that stands between a run and its commit: each count it compares can break it alone. */
class RunReportTest {
    private static Map<String, Long> rows(long paragraphs, long rejected, long inputs) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(Tables.PARAGRAPHS, paragraphs);
        rows.put(Tables.PARAGRAPH_STANCE, 7L);
        rows.put(Tables.REJECTED, rejected);
        rows.put(Tables.INPUTS, inputs);
        return rows;
    }

    @Test
    void consistentCountsPass() {
        RunReport.Counts counts = new RunReport.Counts(3, 10, 8, 2, 40, rows(40, 2, 3));
        assertThat(counts.mismatches()).isEmpty();
        counts.check();
    }

    @Test
    void anArticleNeitherScoredNorRejectedStopsTheCommit() {
        RunReport.Counts counts = new RunReport.Counts(3, 11, 8, 2, 40, rows(40, 2, 3));
        assertThatThrownBy(counts::check).isInstanceOf(IllegalStateException.class)
                .hasMessage("counts do not reconcile, output not replaced: articles read 11 != scored 8 + rejected 2");
    }

    @Test
    void everyOtherMismatchIsNamed() {
        assertThat(new RunReport.Counts(3, 10, 8, 2, 40, rows(39, 2, 3)).mismatches())
                .containsExactly("paragraphs table has 39 rows, paragraphs of the scored articles are 40");
        assertThat(new RunReport.Counts(3, 10, 8, 2, 40, rows(40, 1, 3)).mismatches())
                .containsExactly("rejected table has 1 rows, articles rejected are 2");
        assertThat(new RunReport.Counts(4, 10, 8, 2, 40, rows(40, 2, 3)).mismatches())
                .containsExactly("inputs table has 3 rows, input files are 4");
        Map<String, Long> missing = rows(40, 2, 3);
        missing.remove(Tables.REJECTED);
        assertThat(new RunReport.Counts(3, 10, 8, 2, 40, missing).mismatches())
                .containsExactly("rejected table has null rows, articles rejected are 2");
    }

    @Test
    void theJsonHoldsTheCountsAndReadsBack() throws IOException {
        RunReport report = new RunReport("0.1.0", "run-1", "s", "f", 1.5, "local[2]", List.of("in"),
                new RunReport.Counts(3, 10, 8, 2, 40, rows(40, 2, 3)), Map.of("read", 0.5), Map.of("targets", "x"),
                "out", Map.of(Tables.PARAGRAPHS, "out/paragraphs"));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        report.writeTo(json);
        assertThat(json.toString()).contains("\"articles_read\" : 10", "\"articles_scored\" : 8",
                "\"articles_rejected\" : 2", "\"paragraphs\" : 40", "\"files\" : 3").doesNotContain("mismatches");
        assertThat(RunReport.read(json.toByteArray())).isEqualTo(report);
    }
}
