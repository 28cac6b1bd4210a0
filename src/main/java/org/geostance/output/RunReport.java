package org.geostance.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written as {@code run.json} next to the tables: enough to tell which inputs, rules and code
 * produced them and to check that every article read was either scored or rejected.
 */
public record RunReport(String version, String runId, String started, String finished, double seconds,
                        String master, List<String> inputs, Counts counts, Map<String, Double> stageSeconds,
                        Map<String, String> digests, String output, Map<String, String> tables) {

    /**
     * The run's counts, checked before the output is committed. {@code paragraphs} is counted on the articles kept
     * for scoring, {@code rows} on the tables as written, so the check compares two independent counts.
     */
    public record Counts(long files, long articlesRead, long articlesScored, long articlesRejected, long paragraphs,
                         Map<String, Long> rows) {
        /** What does not add up, one line each; empty when everything reconciles. */
        public List<String> mismatches() {
            List<String> problems = new ArrayList<>();
            if (articlesRead != articlesScored + articlesRejected) {
                problems.add("articles read " + articlesRead + " != scored " + articlesScored + " + rejected "
                        + articlesRejected);
            }
            expectRows(Tables.PARAGRAPHS, paragraphs, "paragraphs of the scored articles", problems);
            expectRows(Tables.REJECTED, articlesRejected, "articles rejected", problems);
            expectRows(Tables.INPUTS, files, "input files", problems);
            return problems;
        }

        public boolean reconciles() {
            return mismatches().isEmpty();
        }

        /** @throws IllegalStateException naming every count that does not add up */
        public void check() {
            List<String> problems = mismatches();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("counts do not reconcile, output not replaced: "
                        + String.join("; ", problems));
            }
        }

        private void expectRows(String table, long expected, String what, List<String> problems) {
            Long written = rows.get(table);
            if (written == null || written != expected) {
                problems.add(table + " table has " + written + " rows, " + what + " are " + expected);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public void writeTo(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    public static RunReport read(byte[] json) throws IOException {
        return JSON.readValue(json, RunReport.class);
    }
}
