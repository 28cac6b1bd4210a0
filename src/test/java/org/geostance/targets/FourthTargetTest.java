package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a target is a JSON edit: Russia, added to a copy of the shipped file, with no code change. */
class FourthTargetTest {
    private static final String RUSSIA = """
        {
          "code": "RUS",
          "name": "Russia",
          "aliases": {
            "fr": [
              {"text": "Russie", "kind": "NAME"},
              {"text": "russe", "kind": "DEMONYM", "inflect": "plural-s"},
              {"text": "Moscou", "kind": "CAPITAL", "capitalized": true},
              {"text": "Kremlin", "kind": "SEAT"},
              {"text": "Poutine", "kind": "LEADER", "from": "1999-08-16"}
            ],
            "en": [
              {"text": "Russia", "kind": "NAME"},
              {"text": "Russian", "kind": "DEMONYM", "inflect": "plural-s"},
              {"text": "Moscow", "kind": "CAPITAL", "capitalized": true},
              {"text": "Putin", "kind": "LEADER", "from": "1999-08-16"}
            ],
            "any": [{"text": "russo", "kind": "DEMONYM", "combining": true}]
          },
          "not": {"fr": ["roulette russe", "salade russe"], "en": ["Russian roulette"]}
        }
        """;

    private static TargetMatcher matcher;

    @BeforeAll
    static void addRussia(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readAllBytes(Fixture.SHIPPED));
        ((ArrayNode) root.get("targets")).add(mapper.readTree(RUSSIA));
        Path file = dir.resolve("targets-with-russia.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        TargetDictionary dictionary = TargetDictionary.load(file);
        assertThat(dictionary.codes()).containsExactly("USA", "TUR", "ISR", "RUS");
        assertThat(dictionary.digest()).isNotEqualTo(Fixture.DICTIONARY.digest());
        matcher = new TargetMatcher(dictionary);
    }

    private static List<String> spans(String text, String language) {
        return Fixture.spans(text, matcher.find(Fixture.analyze(text), language, "2020-07"));
    }

    @Test
    void frenchAliasesOfRussia() {
        assertThat(spans("La Russie et Moscou soutiennent Damas ; le Kremlin et Poutine aussi.", "fr"))
                .containsExactly("RUS:Russie", "RUS:Moscou", "RUS:Kremlin", "RUS:Poutine");
        assertThat(spans("Un avion russe, des soldats russes et un accord russo-turc.", "fr"))
                .containsExactly("RUS:russe", "RUS:russes", "RUS:russo", "TUR:turc");
    }

    @Test
    void englishAliasesOfRussia() {
        assertThat(spans("Russia and Moscow back Damascus; Putin said Russians and a Russian jet stay.", "en"))
                .containsExactly("RUS:Russia", "RUS:Moscow", "RUS:Putin", "RUS:Russians", "RUS:Russian");
    }

    @Test
    void theGeneralRulesApplyToTheNewTarget() {
        assertThat(spans("Le ministre turc a déclaré à Moscou que l'accord tenait.", "fr"))
                .containsExactly("TUR:turc");
        assertThat(spans("Ils ont joué à la roulette russe.", "fr")).isEmpty();
        assertThat(spans("A game of Russian roulette.", "en")).isEmpty();
        assertThat(Fixture.targets(matcher.find(Fixture.analyze("Poutine a parlé."), "fr", "1998-01"))).isEmpty();
    }

    @Test
    void theShippedTargetsAreUnchanged() {
        assertThat(spans("Les États-Unis, la Turquie et Israël.", "fr"))
                .containsExactly("USA:États-Unis", "TUR:Turquie", "ISR:Israël");
    }
}
