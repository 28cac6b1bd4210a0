package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateHeaderTest {

    @Test
    void headerOnItsOwnLine() {
        DateHeader.Parsed parsed = DateHeader.parse("date 2020-07\n\nPremier paragraphe.");
        assertThat(parsed.date()).isEqualTo("2020-07");
        assertThat(parsed.body()).isEqualTo("\n\nPremier paragraphe.");
    }

    @Test
    void headerAndTextOnTheSameLineWithLeadingSpaceAsInTheSeed() {
        DateHeader.Parsed parsed = DateHeader.parse(" date 2020-07 «Nous allons renforcer…»\n\nSuite.");
        assertThat(parsed.date()).isEqualTo("2020-07");
        assertThat(parsed.body()).isEqualTo(" «Nous allons renforcer…»\n\nSuite.");
    }

    @Test
    void fullDateAnyCaseAfterBlankLinesTabsAndBom() {
        DateHeader.Parsed parsed = DateHeader.parse("\uFEFF\n \t\nDATE\t2021-02-28\nTexte.");
        assertThat(parsed.date()).isEqualTo("2021-02-28");
        assertThat(parsed.body()).isEqualTo("\nTexte.");
        assertThat(DateHeader.parse("Date 2024-02-29 texte").date()).isEqualTo("2024-02-29");
    }

    @Test
    void noHeaderGivesTheWholeTextAsBody() {
        DateHeader.Parsed parsed = DateHeader.parse("  Un article sans en-tête.\n\nDeux.");
        assertThat(parsed.date()).isNull();
        assertThat(parsed.body()).isEqualTo("Un article sans en-tête.\n\nDeux.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Il a déclaré que la date 2020-07 était importante.",
        "Premier paragraphe.\n\ndate 2020-07\n\nSuite.",
        "Date de signature : inconnue.",
        "Date 14 juillet, Paris.",
        "dated 2020-07 text",
        "update 2020-07 text",
        "date\n2020-07 on the next line is not a header",
    })
    void dateThatIsNotAHeaderStaysBodyText(String text) {
        DateHeader.Parsed parsed = DateHeader.parse(text);
        assertThat(parsed.date()).isNull();
        assertThat(parsed.body()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "date 2020-13\nTexte.",
        "date 2021-02-30\nTexte.",
        "date 2023-02-29 Texte.",
        "date 2020-00\nTexte.",
        "date 2020-7\nTexte.",
        "date 2020/07\nTexte.",
        "date 2020\nTexte.",
        "date 2020-07-1\nTexte.",
        "date 2020-07abc Texte.",
    })
    void impossibleOrMalformedHeaderDateIsAnError(String text) {
        assertThatThrownBy(() -> DateHeader.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a real YYYY-MM or YYYY-MM-DD date")
                .hasMessageContaining(text.substring(5, 9));
    }

    @Test
    void punctuationRightAfterTheDateIsBody() {
        DateHeader.Parsed parsed = DateHeader.parse("date 2020-07«Nous»");
        assertThat(parsed.date()).isEqualTo("2020-07");
        assertThat(parsed.body()).isEqualTo("«Nous»");
    }
}
