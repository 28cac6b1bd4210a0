package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article the project was specified with, against its gold references. */
class SeedArticleTest {
    private static final Path ARTICLE = Path.of("data", "articles", "seed_2020-07_iran-syria.txt");
    private static final Path GOLD = Path.of("data", "gold", "seed.tsv");
    private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\s*");

    private static String date;
    private static List<String> paragraphs;
    private static List<AnalyzedText> analyzed;

    @BeforeAll
    static void read() throws IOException {
        String content = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        Matcher header = HEADER.matcher(content);
        assertThat(header.find()).isTrue();
        date = header.group(1);
        paragraphs = Arrays.stream(content.substring(header.end()).split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        analyzed = paragraphs.stream().map(Fixture::analyze).toList();
    }

    /** paragraph number (from 1) → targets referenced. */
    private static Map<Integer, TreeSet<String>> found() {
        Map<Integer, TreeSet<String>> found = new TreeMap<>();
        for (int i = 0; i < analyzed.size(); i++) {
            TreeSet<String> targets = new TreeSet<>();
            Fixture.MATCHER.find(analyzed.get(i), "fr", date).forEach(m -> targets.add(m.target()));
            found.put(i + 1, targets);
        }
        return found;
    }

    @Test
    void referencesAreExactlyTheGoldOnes() throws IOException {
        assertThat(date).isEqualTo("2020-07");
        assertThat(paragraphs).hasSize(17);
        Map<Integer, TreeSet<String>> gold = new TreeMap<>();
        for (int i = 1; i <= paragraphs.size(); i++) {
            gold.put(i, new TreeSet<>());
        }
        List<String> lines = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("article_id\tparagraph\ttarget\tlabel");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t");
            if (!fields[3].equals("none")) {
                gold.get(Integer.parseInt(fields[1])).add(fields[2]);
            }
        }
        assertThat(found()).isEqualTo(gold);
    }

    @Test
    void referencesAsSpecified() {
        Map<Integer, TreeSet<String>> found = found();
        for (int p : new int[] {3, 4, 9, 11}) {
            assertThat(found.get(p)).as("paragraph %d", p).containsExactly("USA");
        }
        assertThat(found.get(10)).containsExactly("ISR", "USA");
        assertThat(found.get(6)).containsExactly("TUR");
        assertThat(found.get(7)).containsExactly("TUR");
        for (int p : new int[] {1, 2, 5, 8, 12, 13, 14, 15, 16, 17}) {
            assertThat(found.get(p)).as("paragraph %d", p).isEmpty();
        }
        assertThat(paragraphs.get(12)).contains("forces étrangères");
        assertThat(paragraphs.get(14)).contains("certaines puissances");
    }

    @Test
    void mentionsOfTheSeed() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < analyzed.size(); i++) {
            for (Mention m : Fixture.MATCHER.find(analyzed.get(i), "fr", date)) {
                all.add((i + 1) + ":" + m.target() + ":" + paragraphs.get(i).substring(m.begin(), m.end()));
            }
        }
        assertThat(all).containsExactly("3:USA:américaines", "4:USA:États-Unis", "4:USA:américain", "6:TUR:turque",
                "6:TUR:Turquie", "7:TUR:Turquie", "9:USA:américaines", "10:ISR:Israël", "10:USA:États-Unis",
                "10:ISR:israélienne", "11:USA:États-Unis");
    }

    /** Printed, not asserted: the matcher alone, one thread, on the seed's analysed paragraphs. */
    @Test
    void throughput() {
        TargetMatcher matcher = Fixture.MATCHER;
        long mentions = 0;
        for (int round = 0; round < 20_000; round++) {
            for (AnalyzedText text : analyzed) {
                mentions += matcher.find(text, "fr", date).size();
            }
        }
        int rounds = 0;
        mentions = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (AnalyzedText text : analyzed) {
                mentions += matcher.find(text, "fr", date).size();
            }
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 3_000_000_000L);
        double seconds = elapsed / 1e9;
        long paragraphsDone = (long) rounds * analyzed.size();
        int tokens = analyzed.stream().mapToInt(t -> t.tokens().size()).sum();
        System.out.printf("[targets throughput] %d paragraphs (%.0f tokens each) in %.2f s on one thread: "
                        + "%,.0f paragraphs/s, %,.0f mentions/s, %.2f µs per paragraph%n",
                paragraphsDone, (double) tokens / analyzed.size(), seconds, paragraphsDone / seconds,
                mentions / seconds, seconds * 1e6 / paragraphsDone);
        assertThat(mentions).isPositive();
    }
}
