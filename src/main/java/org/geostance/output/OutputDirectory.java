package org.geostance.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

    /** Puts back an output that a run killed between its two renames had moved aside. */
    public void recoverInterruptedSwap() throws IOException {
        if (fs.exists(output)) {
            return;
        }
        FileStatus[] leftovers = fs.globStatus(new Path(previous.getParent(), "." + output.getName() + ".previous-*"));
        if (leftovers != null && leftovers.length > 0) {
            fs.rename(leftovers[leftovers.length - 1].getPath(), output);
        }
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
