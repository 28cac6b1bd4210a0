package org.geostance.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.geostance.text.Folding;

/**
 * Who speakers are: people (family names), capitals that speak for their state (« Téhéran a dénoncé… ») and
 * demonyms of countries, each with an ISO alpha-3 code, from {@code actors.json}: {@code {"version": "1",
 * "people": {"Baqeri": "IRN"}, "capitals": {"Téhéran": "IRN"}, "demonyms": {"fr": {"iranien": "IRN"}, "en":
 * {...}}}}. People and capitals are single words matched as written (folded); demonyms are matched on stems, so
 * one form per word is enough. The targets' own capitals are in the targets file.
 */
final class Actors implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    final Map<String, String> namesByKey;
    final Map<String, Map<String, String>> demonymsByLanguage;

    private Actors(Map<String, String> names, Map<String, Map<String, String>> demonyms) {
        this.namesByKey = names;
        this.demonymsByLanguage = demonyms;
    }

    static Actors empty() {
        return new Actors(Map.of(), Map.of());
    }

    static Actors load(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidLexiconException(name + ":1: not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("version")) {
            throw new InvalidLexiconException(name + ":1: expected an object with \"version\", \"people\", \"demonyms\"");
        }
        Map<String, String> names = new HashMap<>();
        for (String section : new String[] {"people", "capitals"}) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path(section).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                names.put(Folding.key(e.getKey()), country(name, section + "." + e.getKey(), e.getValue()));
            }
        }
        Map<String, Map<String, String>> demonyms = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("demonyms").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> lang = it.next();
            Stems stems = Stems.of(lang.getKey());
            if (stems == null) {
                throw new InvalidLexiconException(name + ":1: demonyms for unsupported language '" + lang.getKey() + "'");
            }
            Map<String, String> byStem = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> words = lang.getValue().fields(); words.hasNext(); ) {
                Map.Entry<String, JsonNode> e = words.next();
                byStem.put(stems.stem(e.getKey()), country(name, "demonyms." + lang.getKey() + "." + e.getKey(), e.getValue()));
            }
            demonyms.put(lang.getKey(), byStem);
        }
        return new Actors(names, demonyms);
    }

    private static String country(String file, String where, JsonNode value) {
        if (!value.isTextual() || !ISO3.matcher(value.asText()).matches()) {
            throw new InvalidLexiconException(file + ":1: " + where + " must be an ISO alpha-3 code, got " + value);
        }
        return value.asText();
    }

    /** The country of a person's family name or of a capital speaking for its state, by folded key. */
    String named(String key) {
        return namesByKey.get(key);
    }

    String demonym(String language, String stem) {
        Map<String, String> map = demonymsByLanguage.get(language);
        return map == null ? null : map.get(stem);
    }
}
