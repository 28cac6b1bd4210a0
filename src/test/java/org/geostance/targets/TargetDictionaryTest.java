package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetDictionaryTest {

    private static final String VALID_ALIAS = "{\"text\": \"Turquie\", \"kind\": \"NAME\"}";

    private static String oneTarget(String code, String aliases) {
        return "{\"code\": \"" + code + "\", \"name\": \"X\", \"aliases\": {\"fr\": [" + aliases + "]}}";
    }

    private static TargetDictionary parse(String json) {
        return TargetDictionary.fromJson(json.getBytes(StandardCharsets.UTF_8), "targets.json");
    }

    private static String file(String... targets) {
        return "{\"targets\": [" + String.join(", ", targets) + "]}";
    }

    @Test
    void shippedFileHasTheThreeTargetsAndItsDigest() throws Exception {
        TargetDictionary dictionary = Fixture.DICTIONARY;
        assertThat(dictionary.codes()).containsExactly("USA", "TUR", "ISR");
        assertThat(dictionary.target("TUR").name()).isEqualTo("Turkey");
        byte[] bytes = Files.readAllBytes(Fixture.SHIPPED);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(dictionary.digest()).isEqualTo(expected).hasSize(64);
        assertThat(dictionary.sourceName()).isEqualTo("targets.json");
        assertThat(dictionary.languages()).containsExactlyInAnyOrder("fr", "en");
        assertThat(dictionary.placeOnlyRule().kinds()).containsExactly(AliasKind.CAPITAL);
    }

    @Test
    void everyKindIsUsedByTheShippedFile() {
        assertThat(Fixture.DICTIONARY.targets().stream().flatMap(t -> t.aliases().stream()).map(Alias::kind))
                .contains(AliasKind.values());
    }

    @Test
    void inflectionClassesGenerateEveryForm() {
        Alias americain = alias("USA", "américain");
        assertThat(americain.forms()).containsExactly("américain", "américaine", "américains", "américaines");
        assertThat(alias("TUR", "turc").forms()).containsExactly("turc", "turque", "turcs", "turques");
        assertThat(alias("ISR", "israélien").forms())
                .containsExactly("israélien", "israélienne", "israéliens", "israéliennes");
        assertThat(alias("USA", "American").forms()).containsExactly("American", "Americans");
        assertThat(alias("ISR", "hébreu").forms()).containsExactly("hébreu", "hébreux");
    }

    @Test
    void leaderDatesAcceptMonthsAndOpenEnds() {
        Alias jeffrey = alias("USA", "James Jeffrey");
        assertThat(jeffrey.from()).isEqualTo(LocalDate.of(2018, 8, 17));
        assertThat(jeffrey.to()).isEqualTo(LocalDate.of(2020, 11, 30));
        Alias erdogan = alias("TUR", "Recep Tayyip Erdoğan");
        assertThat(erdogan.to()).isNull();
        assertThat(erdogan.forms()).contains("Erdogan", "Erdoğan");
    }

    private static Alias alias(String code, String text) {
        return Fixture.DICTIONARY.target(code).aliases().stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow();
    }

    @Test
    void loadsFromAPathAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("mine.json");
        Files.writeString(good, file(oneTarget("TUR", VALID_ALIAS)));
        assertThat(TargetDictionary.load(good).codes()).containsExactly("TUR");
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"targets\": [");
        assertThatThrownBy(() -> TargetDictionary.load(bad))
                .isInstanceOf(InvalidTargetsException.class)
                .hasMessageStartingWith("broken.json: not valid JSON at line 1");
    }

    @Test
    void missingCode() {
        assertInvalid(file("{\"name\": \"X\", \"aliases\": {\"fr\": [" + VALID_ALIAS + "]}}"),
                "targets.json: $.targets[0].code: missing", "$.targets[0].code");
    }

    @Test
    void codeThatIsNotAlpha3() {
        assertInvalid(file(oneTarget("Tur", VALID_ALIAS)),
                "targets.json: $.targets[0].code: not an ISO 3166 alpha-3 code (Tur)", "$.targets[0].code");
    }

    @Test
    void duplicateCode() {
        assertInvalid(file(oneTarget("TUR", VALID_ALIAS), oneTarget("USA", VALID_ALIAS), oneTarget("TUR", VALID_ALIAS)),
                "targets.json: $.targets[2].code: duplicate code TUR", "$.targets[2].code");
    }

    @Test
    void unknownKind() {
        assertInvalid(file(oneTarget("TUR", VALID_ALIAS + ", {\"text\": \"Ankara\", \"kind\": \"TOWN\"}")),
                "targets.json: $.targets[0].aliases.fr[1].kind: unknown kind (TOWN); expected one of NAME, SHORT_FORM, "
                        + "DEMONYM, CAPITAL, SEAT, INSTITUTION, LEADER, LABEL",
                "$.targets[0].aliases.fr[1].kind");
    }

    @Test
    void badDate() {
        String aliases = VALID_ALIAS + ", " + VALID_ALIAS + ", " + VALID_ALIAS + ", " + VALID_ALIAS + ", "
                + VALID_ALIAS + ", {\"text\": \"Biden\", \"kind\": \"LEADER\", \"from\": \"2021-13-01\"}";
        assertInvalid(file(oneTarget("USA", VALID_ALIAS), oneTarget("TUR", VALID_ALIAS), oneTarget("ISR", aliases)),
                "targets.json: $.targets[2].aliases.fr[5].from: not a date (2021-13-01)",
                "$.targets[2].aliases.fr[5].from");
    }

    @Test
    void endBeforeStart() {
        assertInvalid(file(oneTarget("USA",
                        "{\"text\": \"Biden\", \"kind\": \"LEADER\", \"from\": \"2021-01-20\", \"to\": \"2020-01\"}")),
                "targets.json: $.targets[0].aliases.fr[0].to: before from (2020-01 < 2021-01-20)",
                "$.targets[0].aliases.fr[0].to");
    }

    @Test
    void emptyAlias() {
        assertInvalid(file(oneTarget("TUR", "{\"text\": \"  \", \"kind\": \"NAME\"}")),
                "targets.json: $.targets[0].aliases.fr[0].text: empty alias", "$.targets[0].aliases.fr[0].text");
        assertInvalid(file(oneTarget("TUR", "{\"text\": \"«»\", \"kind\": \"NAME\"}")),
                "targets.json: $.targets[0].aliases.fr[0].text: empty alias", "$.targets[0].aliases.fr[0].text");
        assertInvalid(file(oneTarget("TUR", "{\"text\": \"Turquie\", \"kind\": \"NAME\", \"forms\": [\"\"]}")),
                "targets.json: $.targets[0].aliases.fr[0].forms[0]: empty alias",
                "$.targets[0].aliases.fr[0].forms[0]");
    }

    @Test
    void misspeltFieldIsAnErrorNotASilentDefault() {
        assertInvalid(file(oneTarget("USA", "{\"text\": \"US\", \"kind\": \"SHORT_FORM\", \"case_sensitve\": true}")),
                "targets.json: $.targets[0].aliases.fr[0].case_sensitve: unknown field",
                "$.targets[0].aliases.fr[0].case_sensitve");
    }

    @Test
    void unknownInflectionAndImpossibleInflection() {
        assertInvalid(file(oneTarget("TUR", "{\"text\": \"turc\", \"kind\": \"DEMONYM\", \"inflect\": \"fr-verb\"}")),
                "targets.json: $.targets[0].aliases.fr[0].inflect: unknown inflection class (fr-verb); expected one of "
                        + "none, fr-adj, fr-adj-n, fr-adj-c, plural-s, plural-x",
                "$.targets[0].aliases.fr[0].inflect");
        assertInvalid(file(oneTarget("TUR", "{\"text\": \"turque\", \"kind\": \"DEMONYM\", \"inflect\": \"fr-adj-c\"}")),
                "targets.json: $.targets[0].aliases.fr[0].inflect: \"turque\" cannot take fr-adj-c",
                "$.targets[0].aliases.fr[0].inflect");
    }

    @Test
    void badLanguageKeyAndNonBooleanFlag() {
        assertInvalid("{\"targets\": [{\"code\": \"TUR\", \"name\": \"T\", \"aliases\": {\"French\": [" + VALID_ALIAS
                        + "]}}]}",
                "targets.json: $.targets[0].aliases.French: not a language code (expected \"fr\", \"en\", … or \"any\")",
                "$.targets[0].aliases.French");
        assertInvalid(file(oneTarget("USA", "{\"text\": \"US\", \"kind\": \"SHORT_FORM\", \"case_sensitive\": \"yes\"}")),
                "targets.json: $.targets[0].aliases.fr[0].case_sensitive: expected true or false",
                "$.targets[0].aliases.fr[0].case_sensitive");
    }

    @Test
    void structuralErrors() {
        assertInvalid("[]", "targets.json: $: expected an object with a \"targets\" list", "$");
        assertInvalid("{}", "targets.json: $.targets: missing", "$.targets");
        assertInvalid("{\"targets\": []}", "targets.json: $.targets: no target", "$.targets");
        assertInvalid("{\"targets\": [{\"code\": \"TUR\", \"name\": \"T\", \"aliases\": {}}]}",
                "targets.json: $.targets[0].aliases: no alias", "$.targets[0].aliases");
        assertInvalid("{\"targets\": [{\"code\": \"TUR\", \"name\": \"T\", \"aliases\": {\"fr\": [" + VALID_ALIAS
                        + "]}, \"not\": {\"fr\": [\"\"]}}]}",
                "targets.json: $.targets[0].not.fr[0]: empty phrase", "$.targets[0].not.fr[0]");
        assertInvalid("{\"targets\": [" + oneTarget("TUR", VALID_ALIAS) + "], \"place_only\": {\"kinds\": [\"CITY\"]}}",
                "targets.json: $.place_only.kinds[0]: unknown kind (CITY)", "$.place_only.kinds[0]");
        assertInvalid("{\"targets\": [" + oneTarget("TUR", VALID_ALIAS) + "], \"copy_furniture\": {\"agency\": []}}",
                "targets.json: $.copy_furniture.agency: unknown field", "$.copy_furniture.agency");
        assertInvalid("{\"targets\": [" + oneTarget("TUR", VALID_ALIAS) + "], \"copy_furniture\": {\"months\": [1]}}",
                "targets.json: $.copy_furniture.months[0]: expected a non-empty string", "$.copy_furniture.months[0]");
    }

    @Test
    void invalidJsonIsReportedOnOneLine() {
        assertThatThrownBy(() -> parse("{\"targets\": [\n  {\"code\": \"TUR\",,}\n]}"))
                .isInstanceOf(InvalidTargetsException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("targets.json: not valid JSON at line 2, column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> parse("{\"targets\": [], \"targets\": []}"))
                .hasMessageContaining("Duplicate field 'targets'");
    }

    @Test
    void commentsAreAllowed() {
        TargetDictionary dictionary = parse("{\"_comment\": \"x\", \"targets\": [{\"code\": \"TUR\", \"name\": \"T\", "
                + "\"note\": \"n\", \"aliases\": {\"fr\": [{\"text\": \"Turquie\", \"kind\": \"name\", \"note\": \"n\"}]}}]}");
        assertThat(dictionary.target("TUR").aliases().get(0).kind()).isEqualTo(AliasKind.NAME);
    }

    @Test
    void dictionaryAndMatcherSurviveJavaSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Fixture.MATCHER);
        }
        TargetMatcher copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (TargetMatcher) in.readObject();
        }
        assertThat(copy.dictionary().digest()).isEqualTo(Fixture.DICTIONARY.digest());
        String text = "Washington a averti Ankara, selon l'armée israélienne.";
        assertThat(copy.find(Fixture.analyze(text), "fr", "2020-07"))
                .isEqualTo(Fixture.MATCHER.find(Fixture.analyze(text), "fr", "2020-07"))
                .extracting(Mention::target).containsExactly("USA", "TUR", "ISR");
    }

    private static void assertInvalid(String json, String message, String path) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidTargetsException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((InvalidTargetsException) e).jsonPath()).isEqualTo(path));
    }
}
