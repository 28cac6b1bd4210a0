package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataCsvTest {

    @TempDir
    Path dir;

    @Test
    void readsColumnsByHeaderNameWithQuotingAndBlankLines() throws IOException {
        Path csv = write("""
                url,Article_ID,title,ignored,date,source
                https://example.org/1,fr_1,"Iran, Syrie : l'accord","x",2020-07-08,Pars Today

                https://example.org/2,fr_2,"Il a dit ""non""
                sur deux lignes",,2024-03-05T10:00:00Z,
                ,en_3,,,,
                """, StandardCharsets.UTF_8);

        Map<String, ArticleMetadata> metadata = MetadataCsv.read(csv);

        assertThat(metadata).containsOnlyKeys("fr_1", "fr_2", "en_3");
        assertThat(metadata.get("fr_1")).isEqualTo(new ArticleMetadata("fr_1", "Pars Today", "2020-07-08",
                "Iran, Syrie : l'accord", "https://example.org/1"));
        assertThat(metadata.get("fr_2").title()).isEqualTo("Il a dit \"non\"\nsur deux lignes");
        assertThat(metadata.get("fr_2").date()).isEqualTo("2024-03-05");
        assertThat(metadata.get("fr_2").source()).isNull();
        assertThat(metadata.get("en_3")).isEqualTo(new ArticleMetadata("en_3", null, null, null, null));
    }

    @Test
    void idColumnAloneSemicolonsCrlfAndWindows1252AsSpreadsheetsWriteThem() throws IOException {
        Path csv = write("id;source;title\r\nfr_1;Le Monde;\"L'été à Damas, \"\"crise\"\"\"\r\n", Charset.forName("windows-1252"));

        Map<String, ArticleMetadata> metadata = MetadataCsv.read(csv);

        assertThat(metadata.get("fr_1").source()).isEqualTo("Le Monde");
        assertThat(metadata.get("fr_1").title()).isEqualTo("L'été à Damas, \"crise\"");
        assertThat(metadata.get("fr_1").date()).isNull();
    }

    @Test
    void malformedFilesNameTheFileAndLine() throws IOException {
        assertMalformed("article_id,date\na,2020-07\nb,2020-13\n", "line 3", "2020-13");
        assertMalformed("article_id,source\na,x\nb\n", "line 3", "expected 2 fields");
        assertMalformed("article_id,source\na,x\na,y\n", "line 3", "already given on line 2");
        assertMalformed("article_id,title\na,\"never closed\nb,x\n", "line 2", "never closed");
        assertMalformed("article_id,title\na,\"x\"y\n", "line 2", "after the closing quote");
        assertMalformed("article_id,title\na,x\"y\n", "line 2", "quote inside an unquoted field");
        assertMalformed("source,title\nx,y\n", "line 1", "no article_id column");
        assertMalformed("article_id,source,Source\na,b,c\n", "line 1", "appears twice");
        assertMalformed("article_id,title\n\"multi\nline\",x\n  ,y\n", "line 4", "article id is empty");
        assertThatThrownBy(() -> MetadataCsv.read(write("\n \n", StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    }

    @Test
    void missingFileIsAnIOExceptionNamingIt() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> MetadataCsv.read(missing))
                .isInstanceOf(IOException.class).hasMessageContaining("nope.csv");
    }

    private void assertMalformed(String content, String line, String what) throws IOException {
        Path csv = write(content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MetadataCsv.read(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(csv.toString())
                .hasMessageContaining(line + ":")
                .hasMessageContaining(what);
    }

    private Path write(String content, Charset charset) throws IOException {
        Path csv = Files.createTempFile(dir, "metadata", ".csv");
        Files.write(csv, content.getBytes(charset));
        return csv;
    }
}
