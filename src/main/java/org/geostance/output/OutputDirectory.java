package org.geostance.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run writes into a staging folder beside the output and swaps it in only when everything is written, so a
 * reader sees either the previous complete output or the new one. The marker file names the run it belongs to.
 */
public final class OutputDirectory {
    public static final String SUCCESS_MARKER = "_GEOSTANCE_SUCCESS";

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final FileSystem fs;

    public OutputDirectory(String output, String runId, Configuration conf) throws IOException {
        this.output = new Path(output);
        this.fs = this.output.getFileSystem(conf);
        Path parent = this.fs.makeQualified(this.output).getParent();
        String name = this.output.getName();
        this.staging = new Path(parent, "." + name + ".staging-" + runId);
        this.previous = new Path(parent, "." + name + ".previous-" + runId);
    }

    /**
     * Repairs what killed runs (kill -9, lost machine) left beside the output: puts back an output moved aside by a
     * run killed between its two renames, then deletes the staging and moved-aside folders of earlier runs. Runs
     * into one output folder must therefore not overlap in time.
     */
    public void recoverFromKilledRuns() throws IOException {
        FileStatus[] moved = leftovers("previous");
        if (!fs.exists(output) && moved.length > 0) {
            // Run ids start with the time, so the last name is the most recent output.
            Path latest = moved[moved.length - 1].getPath();
            if (!fs.rename(latest, output)) {
                throw new IOException("could not restore the previous output " + latest + " to " + output);
            }
        }
        for (String kind : new String[] {"previous", "staging"}) {
            for (FileStatus leftover : leftovers(kind)) {
                if (!leftover.getPath().equals(fs.makeQualified(staging))) {
                    fs.delete(leftover.getPath(), true);
                }
            }
        }
    }

    private FileStatus[] leftovers(String kind) throws IOException {
        FileStatus[] found = fs.globStatus(new Path(staging.getParent(), "." + output.getName() + "." + kind + "-*"));
        if (found == null) {
            return new FileStatus[0];
        }
        Arrays.sort(found, Comparator.comparing(status -> status.getPath().getName()));
        return found;
    }

    public Path staging() {
        return staging;
    }

    /** Writes the marker into staging, then replaces the output with it. */
    public void commit(String runId) throws IOException {
        try (OutputStream marker = fs.create(new Path(staging, SUCCESS_MARKER), false)) {
            marker.write((runId + "\n").getBytes(StandardCharsets.UTF_8));
        }
        boolean hadOutput = fs.exists(output);
        if (hadOutput && !fs.rename(output, previous)) {
            throw new IOException("could not move the previous output aside: " + output);
        }
        if (!fs.rename(staging, output)) {
            throw new IOException("could not move the new output into place: " + staging + " -> " + output);
        }
        if (hadOutput) {
            fs.delete(previous, true);
        }
    }

    /** Removes what a failed run staged; the previous output was never touched. */
    public void abort() {
        try {
            fs.delete(staging, true);
        } catch (IOException ignored) {
            // Best effort: a staging folder left behind is hidden and named after its run.
        }
    }
}
