package org.geostance.cli;

import java.net.URI;
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
        Path out = Path.of(output).toAbsolutePath().normalize();
        if (Files.isRegularFile(out)) {
            throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
        }
        Path parent = out.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isWritable(parent) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new IllegalArgumentException("--output " + output + " is not writable");
        }
        for (String input : inputs) {
            if (!isLocal(input)) {
                continue;
            }
            Path in = Path.of(globFreePrefix(input)).toAbsolutePath().normalize();
            if (out.startsWith(in) || in.startsWith(out)) {
                throw new IllegalArgumentException("--output " + output + " overlaps --input " + input
                        + ": the run replaces its output folder");
            }
        }
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
