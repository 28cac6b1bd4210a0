package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {

    private static final Configuration CONF = new Configuration();

    @TempDir
    Path root;

    @BeforeEach
    void createTree() throws IOException {
        for (String file : List.of("data/b.txt", "data/a.jsonl", "data/UPPER.TXT", "data/metadata.csv", "data/README.md",
                "data/notes.json", "data/.hidden.txt", "data/nested/deeper/c.txt", "data/nested/d.jsonl",
                "data/.git/e.txt", "other/f.txt", "other/g.md", "empty/readme.md")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
    }

    @Test
    void folderIsListedRecursivelyKeepingOnlyVisibleTxtAndJsonl() {
        assertThat(InputResolver.resolve(List.of(root.resolve("data").toString()), CONF)).containsExactly(
                uri("data/UPPER.TXT"), uri("data/a.jsonl"), uri("data/b.txt"),
                uri("data/nested/d.jsonl"), uri("data/nested/deeper/c.txt"));
    }

    @Test
    void globKeepsMatchingArticleFilesAndListsMatchingFolders() {
        assertThat(InputResolver.resolve(List.of(root + "/data/*.txt"), CONF))
                .containsExactly(uri("data/b.txt"));
        assertThat(InputResolver.resolve(List.of(root + "/*/n*"), CONF))
                .containsExactly(uri("data/nested/d.jsonl"), uri("data/nested/deeper/c.txt"));
        assertThat(InputResolver.resolve(List.of(root + "/data/*"), CONF))
                .doesNotContain(uri("data/metadata.csv"), uri("data/README.md"), uri("data/.hidden.txt"),
                        uri("data/.git/e.txt"))
                .contains(uri("data/a.jsonl"), uri("data/nested/deeper/c.txt"));
    }

    @Test
    void explicitFilesAreKeptWhateverTheirExtensionAndResultIsSortedWithoutDuplicates() {
        List<String> files = InputResolver.resolve(List.of(
                root.resolve("other/g.md").toString(),
                root.resolve("data/b.txt").toString(),
                "file://" + root.resolve("other"),
                root.resolve("data/nested").toString(),
                root + "/data/nested/*/c.txt"), CONF);

        assertThat(files).containsExactly(uri("data/b.txt"), uri("data/nested/d.jsonl"),
                uri("data/nested/deeper/c.txt"), uri("other/f.txt"), uri("other/g.md"));
    }

    @Test
    void aSymbolicLinkToNothingIsListedSoThatReadingItFailsLoudly() throws IOException {
        Files.createSymbolicLink(root.resolve("data/broken.txt"), root.resolve("nowhere.txt"));
        Files.createSymbolicLink(root.resolve("data/.hidden-broken.txt"), root.resolve("nowhere.txt"));
        Files.createSymbolicLink(root.resolve("data/broken.pdf"), root.resolve("nowhere.pdf"));

        assertThat(InputResolver.resolve(List.of(root.resolve("data").toString()), CONF))
                .contains(uri("data/broken.txt")).doesNotContain(uri("data/.hidden-broken.txt"), uri("data/broken.pdf"));
    }

    @Test
    void relativeLocalPathsResolveAgainstTheWorkingDirectory() {
        assertThat(InputResolver.resolve(List.of("data/articles/seed_2020-07_iran-syria.txt"), CONF)).containsExactly(
                "file:" + Path.of("data/articles/seed_2020-07_iran-syria.txt").toAbsolutePath());
    }

    @Test
    void missingOrEmptyInputsAreOneLineErrors() {
        assertThatThrownBy(() -> InputResolver.resolve(List.of(root.resolve("data").toString(),
                root.resolve("missing").toString()), CONF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--input '" + root.resolve("missing") + "' does not exist");
        assertThatThrownBy(() -> InputResolver.resolve(List.of(root + "/data/*.pdf"), CONF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("matches no file");
        assertThatThrownBy(() -> InputResolver.resolve(List.of(root + "/nowhere/*.txt"), CONF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("matches no file");
        assertThatThrownBy(() -> InputResolver.resolve(List.of(root.resolve("empty").toString()), CONF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("contains no .txt or .jsonl file");
        assertThatThrownBy(() -> InputResolver.resolve(List.of(), CONF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no --input given");
        assertThatThrownBy(() -> InputResolver.resolve(List.of(" "), CONF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String uri(String relative) {
        return "file:" + root.resolve(relative);
    }
}
