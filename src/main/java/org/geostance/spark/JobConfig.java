package org.geostance.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.geostance.aggregate.ComparisonOptions;

/**
 * Everything a scoring run needs to know, resolved and validated by the CLI before Spark starts.
 *
 * @param inputs     files, folders or globs (local, hdfs://, s3a://)
 * @param output     the output folder; replaced only when the run succeeds
 * @param metadata   optional CSV attaching outlet, date, title and url to plain-text articles
 * @param targets    the targets dictionary (JSON)
 * @param lexicons   the folder of cue lexicons
 * @param csv        also write one CSV per table under output/csv
 * @param partitions Spark partitions for the scoring stage; 0 sizes them from the input
 * @param comparison periods, support, near-duplicates of the comparison tables
 */
public record JobConfig(List<String> inputs, String output, Path metadata, Path targets, Path lexicons,
                        boolean csv, int partitions, ComparisonOptions comparison) implements Serializable {

    /** With the default comparison options. */
    public JobConfig(List<String> inputs, String output, Path metadata, Path targets, Path lexicons, boolean csv,
                     int partitions) {
        this(inputs, output, metadata, targets, lexicons, csv, partitions, ComparisonOptions.DEFAULTS);
    }
}
