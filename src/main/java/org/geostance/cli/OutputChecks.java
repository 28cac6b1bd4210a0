package org.geostance.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Refuses, before Spark starts, an output that would fail late or destroy input. Remote paths are left to Hadoop. */
final class OutputChecks {
    private OutputChecks() {}

    static void validate(String output, List<String> inputs) {
        if (!isLocal(output)) {
            return;
        }
        Path out = localPath(output).toAbsolutePath().normalize();
        if (Files.isRegularFile(out)) {
            throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
        }
        Path existing = out.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new IllegalArgumentException("--output " + output + " is not writable: " + existing + " is a file");
        }
        for (String input : inputs) {
            if (!isLocal(input)) {
                continue;
            }
            Path in = localPath(globFreePrefix(input)).toAbsolutePath().normalize();
            if (out.startsWith(in) || in.startsWith(out)) {
                throw new IllegalArgumentException("--output " + output + " overlaps --input " + input
                        + ": the run replaces its output folder");
            }
        }
        probeWritable(output, out);
    }

    /**
     * Creates the output's parent folder and a file in it. Permission bits alone do not tell (root ignores them;
     * read-only mounts and /proc do not), and the run would otherwise fail only after scoring everything.
     */
    private static void probeWritable(String output, Path out) {
        if (out.getParent() == null) {
            throw new IllegalArgumentException("--output " + output + " is the root folder");
        }
        try {
            Path parent = Files.createDirectories(out.getParent());
            Files.delete(Files.createTempFile(parent, ".geostance-probe-", ""));
            if (Files.exists(out)) {
                Files.delete(Files.createTempFile(out, ".geostance-probe-", ""));
            }
        } catch (FileSystemException e) {
            throw new IllegalArgumentException("--output " + output + " is not writable: cannot create files in "
                    + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("--output " + output + " is not writable: " + e.getMessage());
        }
    }

    /** Hadoop's file:/x and a plain path name the same file. */
    private static Path localPath(String path) {
        return path.startsWith("file:") ? Path.of(URI.create(path.replace(" ", "%20"))) : Path.of(path);
    }

    private static boolean isLocal(String path) {
        try {
            String scheme = new URI(path.replace(" ", "%20")).getScheme();
            return scheme == null || scheme.equals("file") || scheme.length() == 1;
        } catch (java.net.URISyntaxException e) {
            return true;
        }
    }

    /** The folder part of a glob such as data/x/*.txt, which is what an output must not overlap. */
    private static String globFreePrefix(String input) {
        int wildcard = input.indexOf('*');
        int question = input.indexOf('?');
        int brace = input.indexOf('{');
        int first = input.length();
        for (int index : new int[] {wildcard, question, brace}) {
            if (index >= 0) {
                first = Math.min(first, index);
            }
        }
        String prefix = input.substring(0, first);
        int slash = prefix.lastIndexOf('/');
        return first == input.length() ? input : (slash < 0 ? "." : prefix.substring(0, Math.max(1, slash)));
    }
}
