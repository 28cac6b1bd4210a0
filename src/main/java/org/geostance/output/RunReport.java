package org.geostance.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * What a run did, written as {@code run.json} next to the tables: enough to tell which inputs, rules and code
 * produced them and to check that every article read was either scored or rejected.
 */
public record RunReport(String version, String runId, String started, String finished, double seconds,
                        String master, List<String> inputs, Counts counts, Map<String, Double> stageSeconds,
                        Map<String, String> digests, String output, Map<String, String> tables) {

    /** articlesRead = articlesScored + articlesRejected, checked before the output is committed. */
    public record Counts(long files, long articlesRead, long articlesScored, long articlesRejected, long paragraphs,
                         Map<String, Long> rows) {
        public boolean reconciles() {
            return articlesRead == articlesScored + articlesRejected;
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
