package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.geostance.ingest.Article;
import org.geostance.testing.SampleParagraphs;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void theFunctionWordShortcutAgreesWithLinguaOnEveryRealParagraphAndSentence() {
        List<String> texts = new ArrayList<>(SampleParagraphs.all());
        int paragraphs = texts.size();
        // Sentences are shorter and so closer to the shortcut's limits than whole paragraphs.
        for (String paragraph : texts.subList(0, paragraphs).toArray(new String[0])) {
            for (String sentence : paragraph.split("(?<=[.!?»\"])\\s+")) {
                texts.add(sentence);
            }
        }
        int shortcut = 0;
        for (String text : texts) {
            String obvious = FunctionWords.obviousLanguage(text);
            if (obvious != null) {
                shortcut++;
                assertThat(obvious).as(text).isEqualTo(detector.detectWithLingua(text));
            }
            assertThat(detector.detect(text)).as(text).isEqualTo(detector.detectWithLingua(text));
        }
        assertThat(paragraphs).isGreaterThan(300);
        // The shortcut must carry most of the load, or it saves nothing.
        assertThat(shortcut).isGreaterThan(texts.size() * 6 / 10);
    }

    @Test
    void everySentenceOfARealArticleReadWithTheArticlesLanguageHasThatLanguage() {
        int sentences = 0;
        for (Article article : SampleParagraphs.tuningArticles()) {
            String language = detector.detectArticle(article.paragraphs());
            assertThat(language).as(article.id()).isIn("fr", "en");
            for (String paragraph : article.paragraphs()) {
                for (String sentence : paragraph.split("(?<=[.!?»\"])\\s+")) {
                    // Splitting after every full stop also cuts at abbreviations ("U.S. sanctions on Iran."):
                    // "on Iran." is no sentence of any language.
                    if (sentence.split("\\s+").length < 3) {
                        continue;
                    }
                    sentences++;
                    assertThat(detector.detect(sentence, language)).as(sentence).isEqualTo(language);
                }
            }
        }
        assertThat(sentences).isGreaterThan(500);
    }

    @Test
    void aShortParagraphTakesItsArticlesLanguageOnlyWhenLinguaFindsItPlausible() {
        // Too short for function words; low-accuracy Lingua alone ranks English or Spanish first.
        assertThat(detector.detect("Les États-Unis saluent la trêve.", "fr")).isEqualTo("fr");
        assertThat(detector.detect("Erdogan remercie Biden.", "fr")).isEqualTo("fr");
        assertThat(detector.detect("La Turquie proteste.", "fr")).isEqualTo("fr");
        assertThat(detector.detect("Israël remercie Washington.", "fr")).isEqualTo("fr");
        assertThat(detector.detect("Israël remercie Washington.")).isEqualTo("en");
        // A quotation or a line really in another language keeps its own.
        assertThat(detector.detect("“America first,” he said.", "fr")).isEqualTo("en");
        assertThat(detector.detect("Deutschland kritisiert Israel scharf.", "fr")).isEqualTo("de");
        assertThat(detector.detect("España condena el ataque.", "en")).isEqualTo("es");
        // One or two words are too few for Lingua: furniture lines keep the article's language.
        assertThat(detector.detect("Advertisement", "en")).isEqualTo("en");
        assertThat(detector.detect("© 2024 AFP", "fr")).isEqualTo("fr");
        assertThat(detector.detectArticle(List.of("Israël salue l'accord de trêve.",
                "Le Premier ministre a déclaré que les négociations avec le Hamas se poursuivraient au Caire "
                        + "pendant toute la semaine, selon son bureau."))).isEqualTo("fr");
    }

    @Test
    void anArticlesLanguageComesFromItsProseNotFromAnEmbeddedBlob() {
        String blob = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk".repeat(30);
        List<String> article = List.of("Israël salue l'accord de trêve conclu sous l'égide de l'Égypte.", blob);
        assertThat(detector.detectArticle(article)).isEqualTo("fr");
        assertThat(detector.detect(article.get(0), detector.detectArticle(article))).isEqualTo("fr");
    }

    @Test
    void otherLanguagesAndShortOrMixedTextGoToLingua() {
        assertThat(FunctionWords.obviousLanguage("El ministro turco se reunió con su homólogo en Ankara y dijo que "
                + "la relación con los Estados Unidos es buena para la región.")).isNull();
        assertThat(FunctionWords.obviousLanguage("Der Minister ist nicht mit dem Plan einverstanden, der auch "
                + "für die Türkei wichtig wird.")).isNull();
        assertThat(FunctionWords.obviousLanguage("Erdogan, Netanyahou et Biden.")).isNull();
        assertThat(FunctionWords.obviousLanguage("وقال الرئيس التركي إن الولايات المتحدة لم تف بوعودها")).isNull();
        assertThat(detector.detect("El ministro turco se reunió con su homólogo en Ankara y dijo que la relación "
                + "con los Estados Unidos es buena para la región.")).isEqualTo("es");
    }
}
