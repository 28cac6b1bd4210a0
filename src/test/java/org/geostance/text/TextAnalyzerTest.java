package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geostance.testing.SampleParagraphs;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = SharedSpark.analyzer();

    private List<String> tokens(String text) {
        return analyzer.analyze(text).tokens().stream().map(Token::text).toList();
    }

    @Test
    void splitsFrenchElisionsAndKeepsHyphenatedNamesWhole() {
        assertThat(tokens("L'accord d'Astana qu'Ankara jusqu'à Tel-Aviv, les États-Unis."))
                .containsExactly("L'", "accord", "d'", "Astana", "qu'", "Ankara", "jusqu'", "à", "Tel-Aviv", ",",
                        "les", "États-Unis", ".");
    }

    @Test
    void typographicApostrophesAndNonBreakingSpacesAroundGuillemets() {
        String text = "«\u00A0Nous n\u2019irons pas\u202F», a dit l\u2019émissaire.";
        AnalyzedText analyzed = analyzer.analyze(text);
        assertThat(analyzed.tokens()).extracting(Token::text)
                .containsExactly("«", "Nous", "n'", "irons", "pas", "»", ",", "a", "dit", "l'", "émissaire", ".");
        // Offsets point into the original text, typographic apostrophe included.
        Token elision = analyzed.tokens().get(2);
        assertThat(text.substring(elision.begin(), elision.end())).isEqualTo("n\u2019");
        assertThat(elision.key()).isEqualTo("n'");
    }

    @Test
    void quoteMarksAreNotGluedToTheCommaOrStopBesideThem() {
        assertThat(tokens("\"We stay,\" he said: \"Fine.\" Then (« occupant »). “Partner,” she said… end.» Next"))
                .containsExactly("\"", "We", "stay", ",", "\"", "he", "said", ":", "\"", "Fine", ".", "\"", "Then",
                        "(", "«", "occupant", "»", ")", ".", "“", "Partner", ",", "”", "she", "said", "…", "end", ".",
                        "»", "Next");
        AnalyzedText text = analyzer.analyze("« Non », a-t-il dit.");
        Token close = text.tokens().get(2);
        assertThat(close.text()).isEqualTo("»");
        assertThat(text.tokens().get(3).begin()).isEqualTo(close.end());
        assertThat(tokens("Attendez... la suite")).containsExactly("Attendez", "...", "la", "suite");
    }

    @Test
    void abbreviationExceptionsDoNotSwallowNeighbouringWords() {
        // "U.S." read as a regular expression used to match "u s" in "su subjuguer" and "au nom".
        assertThat(tokens("avaient su subjuguer au nom du sein")).containsExactly("avaient", "su", "subjuguer", "au",
                "nom", "du", "sein");
    }

    @Test
    void englishContractionsAndAbbreviations() {
        assertThat(tokens("It isn't the U.S. Army's plan."))
                .containsExactly("It", "is", "n't", "the", "U.S.", "Army", "'s", "plan", ".");
    }

    @Test
    void abbreviationExceptionsNeverGlueWordsAcrossASpace() {
        assertThat(tokens("Je suis allé depuis Washington, mais turques et values are U.S. and u.s. ones"))
                .containsExactly("Je", "suis", "allé", "depuis", "Washington", ",", "mais", "turques", "et",
                        "values", "are", "U.S.", "and", "u.s.", "ones");
    }

    @Test
    void aKeptLineBreakEndsASentenceBeforeWhatCanOpenOne() {
        AnalyzedText headline = analyzer.analyze("Turkey slams US over sanctions\nThe minister spoke on Sunday.");
        assertThat(headline.sentences()).hasSize(2);
        assertThat(headline.span(headline.sentences().get(1).begin(), headline.sentences().get(1).end()))
                .isEqualTo("The minister spoke on Sunday.");
        assertThat(headline.opensLine(5)).isTrue();
        assertThat(headline.opensLine(4)).isFalse();
        assertThat(analyzer.analyze("The minister spoke\non Sunday.").sentences()).hasSize(1);
    }

    @Test
    void sentencesEndAtTerminalPunctuationButNotInsideAQuoteFollowedByItsSpeaker() {
        AnalyzedText text = analyzer.analyze(
                "« Nous resterons. » a ajouté Baqeri. Le ministre est parti. Washington, dit-il, se tait !");
        assertThat(text.sentences()).hasSize(3);
        assertThat(text.span(text.sentences().get(0).begin(), text.sentences().get(0).end()))
                .isEqualTo("« Nous resterons. » a ajouté Baqeri.");
        assertThat(text.sentenceOf(text.tokens().size() - 1)).isEqualTo(2);
    }

    @Test
    void keysFoldCaseAccentsAndTurkishLetters() {
        assertThat(Folding.key("Erdoğan")).isEqualTo("erdogan");
        assertThat(Folding.key("Çavuşoğlu")).isEqualTo("cavusoglu");
        assertThat(Folding.key("ISRAËL")).isEqualTo("israel");
        assertThat(Folding.key("l\u2019entité")).isEqualTo("l'entite");
    }

    @Test
    void overLongParagraphsAreCutToTheAnalysisLimit() {
        String huge = "mot ".repeat(TextAnalyzer.MAX_ANALYZED_CHARS);
        AnalyzedText text = analyzer.analyze(huge);
        assertThat(text.text()).hasSize(TextAnalyzer.MAX_ANALYZED_CHARS);
        assertThat(text.tokens()).hasSize(TextAnalyzer.MAX_ANALYZED_CHARS / 4);
    }

    @Test
    void tokensFromTheChunkCacheEqualOneTokenizerCallOnTheWholeParagraph() {
        List<String> paragraphs = SampleParagraphs.all();
        for (int pass = 0; pass < 2; pass++) {
            // Pass 0 fills the cache from mixed hits and misses, pass 1 reads everything from it.
            for (String paragraph : paragraphs) {
                List<Token> whole = List.of(analyzer.tokenizeChunks(List.of(TextAnalyzer.prepare(paragraph)))
                        .values().iterator().next());
                assertThat(analyzer.analyze(paragraph).tokens()).as(paragraph).isEqualTo(whole);
            }
        }
    }

    @Test
    void analysingWholeArticlesTogetherGivesTheAnalysisOfEachParagraphAlone() {
        SharedSpark.session();
        TextAnalyzer fresh = TextAnalyzer.create();
        List<String> paragraphs = SampleParagraphs.all();
        // One tokenizer call for every chunk of every sample paragraph, joined across paragraph boundaries.
        List<AnalyzedText> together = fresh.analyzeAll(paragraphs);
        assertThat(together).hasSameSizeAs(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(together.get(i)).as(paragraphs.get(i)).isEqualTo(analyzer.analyze(paragraphs.get(i)));
        }
    }

    @Test
    void detectsFrenchAndEnglishParagraphs() {
        LanguageDetector detector = new LanguageDetector();
        assertThat(detector.detect("Le ministre turc a rencontré son homologue américain à Ankara mardi.")).isEqualTo("fr");
        assertThat(detector.detect("The Turkish minister met his American counterpart in Ankara on Tuesday.")).isEqualTo("en");
        assertThat(detector.detect("Der türkische Außenminister traf am Dienstag seinen Amtskollegen.")).isEqualTo("de");
    }
}
