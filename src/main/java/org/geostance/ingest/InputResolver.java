package org.geostance.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands {@code --input} values (files, folders, globs) into the article files to read, through Hadoop's
 * FileSystem API so that {@code hdfs://} and {@code s3a://} inputs work like local ones.
 */
public final class InputResolver {

    private InputResolver() {
    }

    /**
     * Expands each --input (a file, a folder (recursive, *.txt and *.jsonl only, skipping hidden files and
     * metadata.csv / README.md), or a glob like data/x/*.txt) into a sorted list of file paths, using Hadoop's
     * FileSystem API so that hdfs:// and s3a:// paths work too (local paths without scheme = local FS).
     * Returned paths are fully qualified ({@code file:/abs/x.txt}, {@code hdfs://nn/x.txt}), so they mean the same
     * file whatever the cluster's default file system, and each file appears once. A file named explicitly is kept
     * whatever its extension; files found in folders or by a glob must end in .txt or .jsonl and not be hidden.
     *
     * @throws IllegalArgumentException with a one-line message when an input does not exist or matches nothing
     * @throws UncheckedIOException     when listing fails for another reason (permissions, network)
     */
    public static List<String> resolve(List<String> inputs, Configuration conf) {
        return new ArrayList<>(resolveWithSizes(inputs, conf).keySet());
    }

    /** Like {@link #resolve}, with each file's length in bytes, taken from the same listing (no extra call). */
    public static SortedMap<String, Long> resolveWithSizes(List<String> inputs, Configuration conf) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no --input given");
        }
        TreeMap<String, Long> files = new TreeMap<>();
        for (String input : inputs) {
            if (input == null || input.isBlank()) {
                throw new IllegalArgumentException("an --input is empty");
            }
            try {
                for (FileStatus file : expand(input.strip(), conf)) {
                    files.put(file.getPath().toString(), file.getLen());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list --input '" + input + "': " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static List<FileStatus> expand(String input, Configuration conf) throws IOException {
        Path path = new Path(input);
        // Without a scheme the input is a local path, even on a cluster whose default file system is HDFS.
        FileSystem fs = path.toUri().getScheme() == null ? FileSystem.getLocal(conf) : path.getFileSystem(conf);
        Path qualified = fs.makeQualified(path);
        List<FileStatus> found = new ArrayList<>();
        if (isGlob(input)) {
            FileStatus[] matches = fs.globStatus(qualified);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("--input '" + input + "' matches no file");
            }
            for (FileStatus match : matches) {
                if (match.isDirectory() && !isHidden(match.getPath())) {
                    addFolder(fs, match.getPath(), found);
                } else if (isArticleFile(match.getPath())) {
                    found.add(match);
                }
            }
        } else {
            FileStatus status;
            try {
                status = fs.getFileStatus(qualified);
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("--input '" + input + "' does not exist");
            }
            if (!status.isDirectory()) {
                return List.of(status);
            }
            addFolder(fs, status.getPath(), found);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--input '" + input + "' contains no .txt or .jsonl file");
        }
        return found;
    }

    /** Recursive; hidden sub-folders are skipped, but a hidden folder named by the input itself is listed. */
    private static void addFolder(FileSystem fs, Path folder, List<FileStatus> found) throws IOException {
        FileStatus[] children = fs.listStatus(folder);
        for (FileStatus child : children) {
            if (child.isDirectory()) {
                if (!isHidden(child.getPath())) {
                    addFolder(fs, child.getPath(), found);
                }
            } else if (isArticleFile(child.getPath())) {
                found.add(child);
            }
        }
        if (fs instanceof LocalFileSystem local) {
            addUnlisted(local, folder, children, found);
        }
    }

    /**
     * Hadoop's local listing silently leaves out entries it cannot stat, such as a symbolic link to nothing. They
     * are added (with length 0), so that reading them fails and they become rejections instead of vanishing.
     */
    private static void addUnlisted(LocalFileSystem fs, Path folder, FileStatus[] listed, List<FileStatus> found) {
        String[] names = fs.pathToFile(folder).list();
        if (names == null || names.length == listed.length) {
            return;
        }
        Set<String> listedNames = new HashSet<>();
        for (FileStatus status : listed) {
            listedNames.add(status.getPath().getName());
        }
        for (String name : names) {
            Path path = new Path(folder, name);
            if (!listedNames.contains(name) && isArticleFile(path)) {
                found.add(new FileStatus(0, false, 0, 0, 0, path));
            }
        }
    }

    /** Only .txt and .jsonl count, which also leaves out metadata.csv and README.md. */
    private static boolean isArticleFile(Path path) {
        String name = path.getName().toLowerCase(Locale.ROOT);
        return !isHidden(path) && (name.endsWith(".txt") || name.endsWith(".jsonl"));
    }

    private static boolean isHidden(Path path) {
        return path.getName().startsWith(".");
    }

    private static boolean isGlob(String input) {
        for (char c : new char[] {'*', '?', '[', '{'}) {
            if (input.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
