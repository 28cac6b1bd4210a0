package org.geostance.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of French and English news paragraphs for the benchmark, written as JSON Lines. Sentences
 * are composed from the fragments below (subjects and objects that are real target references, verbs that are
 * real cues, neutral verbs and complements); paragraph lengths and paragraphs per article are drawn from the
 * sample articles' own distributions. The same seed, size and sample give the same bytes.
 *
 * <p>Most sentences also carry a detail of made-up words drawn from a Zipf-distributed vocabulary
 * ({@link Vocabulary}), joined by the language's function words. Without it every article would be built from the same few hundred words: the tokenizer's
 * chunk cache would always hit and unrelated articles would share most of their shingles, which no real corpus
 * does and which would make the tokenizer look cheaper and near-duplicate detection far dearer than they are.
 */
public final class SyntheticCorpus {
    /** Articles per JSONL file: a few MB, so that files spread over read tasks. */
    static final int ARTICLES_PER_FILE = 2_000;

    private static final String[] SOURCES = {
        "agence-mediterranee", "atlantic-wire", "bosphorus-daily", "le-quotidien-du-levant", "gulf-observer",
        "courrier-des-balkans"
    };

    private static final Fragments FRENCH = new Fragments(
            new String[] {"Ankara", "La Turquie", "Le président turc", "Washington", "Les États-Unis",
                "La Maison-Blanche", "Le Pentagone", "Israël", "Le gouvernement israélien", "Tel-Aviv",
                "Le ministre des Affaires étrangères", "Un diplomate européen", "Moscou", "Les Nations unies",
                "Le porte-parole du gouvernement", "Paris", "Une ONG syrienne"},
            new String[] {"a condamné", "a salué", "a dénoncé", "soutient", "critique vivement", "a félicité",
                "accuse", "a remercié", "menace", "n'a pas condamné", "a rejeté", "se félicite de"},
            new String[] {"a rencontré", "a évoqué", "a annoncé", "a commenté", "examine", "a discuté de"},
            new String[] {"l'offensive turque", "l'accord de cessez-le-feu", "les frappes israéliennes",
                "la décision américaine", "l'aide humanitaire", "le plan de paix", "les sanctions",
                "la médiation d'Ankara", "la politique des États-Unis", "l'armée israélienne", "les Américains",
                "les autorités turques", "le régime syrien", "la coalition", "le soutien de Washington"},
            new String[] {"mardi", "selon un communiqué", "dans le nord de la Syrie", "à Genève",
                "malgré les critiques", "après des semaines de négociations", "sans ambiguïté", "jeudi soir",
                "devant la presse", "lors d'une conférence à Bruxelles"},
            new String[] {"a déclaré", "a ajouté", "a affirmé", "a estimé"},
            new String[] {"un responsable", "le ministre", "un porte-parole", "un analyste"},
            new String[] {"de", "la", "le", "les", "des", "du", "et", "dans", "pour", "avec", "sur", "qui", "en", "à",
                "une", "par"},
            "«", "»");

    private static final Fragments ENGLISH = new Fragments(
            new String[] {"Ankara", "Turkey", "The Turkish president", "Washington", "The United States",
                "The White House", "The Pentagon", "Israel", "The Israeli government", "Tel Aviv",
                "The foreign minister", "A European diplomat", "Moscow", "The United Nations",
                "The government spokesman", "Paris", "A Syrian monitoring group"},
            new String[] {"condemned", "welcomed", "denounced", "supports", "sharply criticized", "praised",
                "accused", "thanked", "threatened", "did not condemn", "rejected", "hailed"},
            new String[] {"met", "discussed", "announced", "commented on", "is reviewing", "talked about"},
            new String[] {"the Turkish offensive", "the ceasefire agreement", "the Israeli strikes",
                "the American decision", "the humanitarian aid", "the peace plan", "the sanctions",
                "Ankara's mediation", "the policy of the United States", "the Israeli army", "the Americans",
                "the Turkish authorities", "the Syrian regime", "the coalition", "Washington's support"},
            new String[] {"on Tuesday", "according to a statement", "in northern Syria", "in Geneva",
                "despite the criticism", "after weeks of talks", "without ambiguity", "on Thursday evening",
                "before reporters", "at a conference in Brussels"},
            new String[] {"said", "added", "stated", "argued"},
            new String[] {"an official", "the minister", "a spokesman", "an analyst"},
            new String[] {"the", "of", "and", "in", "to", "a", "for", "with", "on", "that", "from", "by", "which",
                "its", "as", "at"},
            "\"", "\"");

    private final long seed;
    private final int[] paragraphChars;
    private final int[] articleParagraphs;

    /**
     * @param paragraphChars     lengths of real paragraphs, drawn from uniformly
     * @param articleParagraphs  paragraphs per real article, drawn from uniformly
     */
    public SyntheticCorpus(long seed, int[] paragraphChars, int[] articleParagraphs) {
        if (paragraphChars.length == 0 || articleParagraphs.length == 0) {
            throw new IllegalArgumentException("the sample gives no paragraph to copy lengths from");
        }
        this.seed = seed;
        this.paragraphChars = paragraphChars.clone();
        this.articleParagraphs = articleParagraphs.clone();
    }

    /** What was written: files, articles, paragraphs and bytes. */
    public record Written(List<Path> files, int articles, long paragraphs, long bytes) {}

    /** Writes exactly {@code paragraphs} paragraphs into {@code folder} as {@code part-NNNNN.jsonl} files. */
    public Written write(long paragraphs, Path folder) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        JsonFactory json = new JsonFactory();
        List<Path> files = new ArrayList<>();
        long remaining = paragraphs;
        int article = 0;
        long bytes = 0;
        while (remaining > 0) {
            Path file = folder.resolve(String.format("part-%05d.jsonl", files.size()));
            files.add(file);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                 JsonGenerator writer = json.createGenerator(out)) {
                for (int i = 0; i < ARTICLES_PER_FILE && remaining > 0; i++, article++) {
                    int count = (int) Math.min(remaining, articleParagraphs[random.nextInt(articleParagraphs.length)]);
                    remaining -= count;
                    writeArticle(writer, random, article, count);
                }
            }
            bytes += Files.size(file);
        }
        return new Written(files, article, paragraphs, bytes);
    }

    private void writeArticle(JsonGenerator writer, SplittableRandom random, int article, int paragraphs)
            throws IOException {
        boolean french = random.nextBoolean();
        Fragments words = french ? FRENCH : ENGLISH;
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            words.paragraph(random, paragraphChars[random.nextInt(paragraphChars.length)], text);
        }
        writer.writeStartObject();
        writer.writeStringField("id", String.format("bench-%08d", article));
        writer.writeStringField("date", String.format("%d-%02d-%02d", 2019 + random.nextInt(7),
                1 + random.nextInt(12), 1 + random.nextInt(28)));
        writer.writeStringField("source", SOURCES[random.nextInt(SOURCES.length)]);
        writer.writeStringField("text", text.toString());
        writer.writeEndObject();
        writer.writeRaw('\n');
    }

    /** One language's sentence parts. */
    private record Fragments(String[] subjects, String[] cueVerbs, String[] neutralVerbs, String[] objects,
                             String[] complements, String[] saidVerbs, String[] speakers, String[] connectors,
                             String open,
                             String close) {

        /** Appends sentences until the paragraph reaches about {@code chars} characters. */
        void paragraph(SplittableRandom random, int chars, StringBuilder text) {
            int start = text.length();
            do {
                if (text.length() > start) {
                    text.append(' ');
                }
                sentence(random, text);
            } while (text.length() - start < chars);
        }

        private void sentence(SplittableRandom random, StringBuilder text) {
            boolean quote = random.nextInt(5) == 0;
            if (quote) {
                text.append(open);
            }
            text.append(pick(random, subjects)).append(' ')
                    .append(pick(random, random.nextInt(3) == 0 ? neutralVerbs : cueVerbs)).append(' ')
                    .append(pick(random, objects));
            if (random.nextBoolean()) {
                text.append(' ').append(pick(random, complements));
            }
            if (random.nextInt(4) != 0) {
                text.append(',');
                // About as many function words as others, as in running text.
                for (int words = 3 + random.nextInt(6); words > 0; words--) {
                    if (random.nextInt(5) != 0) {
                        text.append(' ').append(pick(random, connectors));
                    }
                    text.append(' ').append(Vocabulary.WORDS.draw(random));
                }
            }
            if (quote) {
                text.append(close).append(", ").append(pick(random, saidVerbs)).append(' ')
                        .append(pick(random, speakers));
            }
            text.append('.');
        }

        private static String pick(SplittableRandom random, String[] choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
