package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
