package org.geostance.targets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The targets and their aliases, read from a targets.json file (schema in data/targets.md). Validation is strict:
 * any problem raises an {@link InvalidTargetsException} naming the JSON path of the faulty value, so that a typo
 * in a replacement file stops the job before it runs rather than silently matching nothing.
 */
public final class TargetDictionary implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The shipped file, relative to the project directory. */
    public static final Path DEFAULT_PATH = Path.of("data", "targets.json");

    public static final String ANY_LANGUAGE = "any";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static final Set<String> TOP_FIELDS = Set.of("version", "description", "place_only", "copy_furniture",
            "targets");
    private static final Set<String> TARGET_FIELDS = Set.of("code", "name", "aliases", "not");
    private static final Set<String> ALIAS_FIELDS = Set.of("text", "kind", "inflect", "forms", "case_sensitive",
            "capitalized", "needs_support", "combining", "from", "to");
    private static final Set<String> EXCLUSION_FIELDS = Set.of("text", "inflect", "forms", "case_sensitive",
            "capitalized");
    private static final Set<String> PLACE_FIELDS = Set.of("kinds", "window", "languages");
    private static final Set<String> CUE_FIELDS = Set.of("prepositions", "determiners", "place_cues",
            "address_cues", "motion_prepositions", "motion_cues");
    private static final Set<String> FURNITURE_FIELDS = Set.of("agencies", "months", "markers", "credit_words",
            "bylines");

    private final String sourceName;
    private final String digest;
    private final List<Target> targets;
    private final PlaceOnlyRule placeOnlyRule;
    private final CopyFurniture copyFurniture;

    private TargetDictionary(String sourceName, String digest, List<Target> targets, PlaceOnlyRule placeOnlyRule,
                             CopyFurniture copyFurniture) {
        this.sourceName = sourceName;
        this.digest = digest;
        this.targets = List.copyOf(targets);
        this.placeOnlyRule = placeOnlyRule;
        this.copyFurniture = copyFurniture;
    }

    public static TargetDictionary load(Path json) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read targets file " + json, e);
        }
        Path name = json.getFileName();
        return fromJson(bytes, name == null ? json.toString() : name.toString());
    }

    public static TargetDictionary fromJson(byte[] json, String sourceName) {
        return new Parser(sourceName).parse(json);
    }

    public List<Target> targets() {
        return targets;
    }

    /** SHA-256 of the file's bytes, lower-case hex: recorded with the results to say which dictionary ran. */
    public String digest() {
        return digest;
    }

    public List<String> codes() {
        return targets.stream().map(Target::code).toList();
    }

    public Target target(String code) {
        for (Target target : targets) {
            if (target.code().equals(code)) {
                return target;
            }
        }
        throw new IllegalArgumentException("no target " + code + " in " + sourceName);
    }

    public String sourceName() {
        return sourceName;
    }

    public PlaceOnlyRule placeOnlyRule() {
        return placeOnlyRule;
    }

    public CopyFurniture copyFurniture() {
        return copyFurniture;
    }

    /** The alias languages used in the file, "any" excluded. */
    public Set<String> languages() {
        Set<String> languages = new LinkedHashSet<>();
        for (Target target : targets) {
            target.aliases().forEach(alias -> languages.add(alias.language()));
            target.exclusions().forEach(exclusion -> languages.add(exclusion.language()));
        }
        languages.addAll(placeOnlyRule.languages().keySet());
        languages.remove(ANY_LANGUAGE);
        return languages;
    }

    @Override
    public String toString() {
        return "TargetDictionary[" + sourceName + ", " + codes() + ", sha256 " + digest.substring(0, 12) + "]";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks the JSON tree; every error names its path. */
    private static final class Parser {
        private final String source;

        Parser(String source) {
            this.source = source;
        }

        private InvalidTargetsException error(String path, String problem) {
            return new InvalidTargetsException(source, path, problem);
        }

        TargetDictionary parse(byte[] bytes) {
            JsonNode root;
            try {
                ObjectMapper mapper = new ObjectMapper();
                mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                root = mapper.readTree(bytes);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? ""
                        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                throw new InvalidTargetsException(source, null, "not valid JSON" + where + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new InvalidTargetsException(source, null, "not valid JSON: " + e.getMessage());
            }
            if (root == null || !root.isObject()) {
                throw error("$", "expected an object with a \"targets\" list");
            }
            checkFields(root, "$", TOP_FIELDS);
            JsonNode list = root.get("targets");
            if (list == null || !list.isArray()) {
                throw error("$.targets", list == null ? "missing" : "expected a list of targets");
            }
            if (list.isEmpty()) {
                throw error("$.targets", "no target");
            }
            List<Target> targets = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Target target = target(list.get(i), "$.targets[" + i + "]");
                if (!codes.add(target.code())) {
                    throw error("$.targets[" + i + "].code", "duplicate code " + target.code());
                }
                targets.add(target);
            }
            PlaceOnlyRule rule = root.has("place_only") ? placeOnlyRule(root.get("place_only"), "$.place_only")
                    : PlaceOnlyRule.NONE;
            CopyFurniture furniture = root.has("copy_furniture")
                    ? copyFurniture(root.get("copy_furniture"), "$.copy_furniture") : CopyFurniture.NONE;
            return new TargetDictionary(source, sha256(bytes), targets, rule, furniture);
        }

        private Target target(JsonNode node, String path) {
            object(node, path);
            checkFields(node, path, TARGET_FIELDS);
            String code = requiredText(node, "code", path);
            if (!CODE.matcher(code).matches()) {
                throw error(path + ".code", "not an ISO 3166 alpha-3 code (" + code + ")");
            }
            String name = requiredText(node, "name", path);
            JsonNode aliasesNode = node.get("aliases");
            if (aliasesNode == null) {
                throw error(path + ".aliases", "missing");
            }
            List<Alias> aliases = new ArrayList<>();
            forEachLanguage(aliasesNode, path + ".aliases", (language, entry, entryPath) ->
                    aliases.add(alias(entry, entryPath, language)));
            if (aliases.isEmpty()) {
                throw error(path + ".aliases", "no alias");
            }
            List<Exclusion> exclusions = new ArrayList<>();
            if (node.has("not")) {
                forEachLanguage(node.get("not"), path + ".not", (language, entry, entryPath) ->
                        exclusions.add(exclusion(entry, entryPath, language)));
            }
            return new Target(code, name, aliases, exclusions);
        }

        private interface EntryConsumer {
            void accept(String language, JsonNode entry, String path);
        }

        private void forEachLanguage(JsonNode node, String path, EntryConsumer consumer) {
            object(node, path);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String language = field.getKey();
                String languagePath = path + "." + language;
                if (!language.equals(ANY_LANGUAGE) && !LANGUAGE.matcher(language).matches()) {
                    throw error(languagePath, "not a language code (expected \"fr\", \"en\", … or \"any\")");
                }
                JsonNode list = field.getValue();
                if (!list.isArray()) {
                    throw error(languagePath, "expected a list");
                }
                for (int i = 0; i < list.size(); i++) {
                    consumer.accept(language, list.get(i), languagePath + "[" + i + "]");
                }
            }
        }

        private Alias alias(JsonNode node, String path, String language) {
            object(node, path);
            checkFields(node, path, ALIAS_FIELDS);
            String text = aliasText(node, path);
            String kindName = requiredText(node, "kind", path);
            AliasKind kind;
            try {
                kind = AliasKind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(path + ".kind", "unknown kind (" + kindName + "); expected one of "
                        + java.util.Arrays.toString(AliasKind.values()).replaceAll("[\\[\\]]", ""));
            }
            List<String> forms = forms(node, path, text);
            boolean combining = bool(node, "combining", path);
            LocalDate from = date(node, "from", path, true);
            LocalDate to = date(node, "to", path, false);
            if (from != null && to != null && to.isBefore(from)) {
                throw error(path + ".to", "before from (" + node.get("to").asText() + " < "
                        + node.get("from").asText() + ")");
            }
            return new Alias(text, language, kind, forms, bool(node, "case_sensitive", path),
                    bool(node, "capitalized", path), bool(node, "needs_support", path), combining, from, to);
        }

        private Exclusion exclusion(JsonNode node, String path, String language) {
            if (node.isTextual()) {
                String text = node.asText().strip();
                if (!hasWord(text)) {
                    throw error(path, "empty phrase");
                }
                return new Exclusion(text, language, List.of(text), false, false);
            }
            object(node, path);
            checkFields(node, path, EXCLUSION_FIELDS);
            String text = aliasText(node, path);
            return new Exclusion(text, language, forms(node, path, text), bool(node, "case_sensitive", path),
                    bool(node, "capitalized", path));
        }

        private String aliasText(JsonNode node, String path) {
            JsonNode text = node.get("text");
            if (text == null) {
                throw error(path + ".text", "missing");
            }
            if (!text.isTextual()) {
                throw error(path + ".text", "expected a string");
            }
            String value = text.asText().strip();
            if (!hasWord(value)) {
                throw error(path + ".text", "empty alias");
            }
            return value;
        }

        private List<String> forms(JsonNode node, String path, String text) {
            Set<String> forms = new LinkedHashSet<>();
            JsonNode inflect = node.get("inflect");
            if (inflect == null) {
                forms.add(text);
            } else {
                if (!inflect.isTextual()) {
                    throw error(path + ".inflect", "expected a string");
                }
                Inflection inflection = Inflection.byId(inflect.asText());
                if (inflection == null) {
                    throw error(path + ".inflect", "unknown inflection class (" + inflect.asText() + "); expected one of "
                            + Inflection.ids());
                }
                List<String> generated = inflection.forms(text);
                if (generated == null) {
                    throw error(path + ".inflect", "\"" + text + "\" cannot take " + inflection.id());
                }
                forms.addAll(generated);
            }
            JsonNode extra = node.get("forms");
            if (extra != null) {
                if (!extra.isArray()) {
                    throw error(path + ".forms", "expected a list of strings");
                }
                for (int i = 0; i < extra.size(); i++) {
                    JsonNode form = extra.get(i);
                    if (!form.isTextual() || !hasWord(form.asText())) {
                        throw error(path + ".forms[" + i + "]", "empty alias");
                    }
                    forms.add(form.asText().strip());
                }
            }
            return new ArrayList<>(forms);
        }

        private PlaceOnlyRule placeOnlyRule(JsonNode node, String path) {
            object(node, path);
            checkFields(node, path, PLACE_FIELDS);
            Set<AliasKind> kinds = EnumSet.noneOf(AliasKind.class);
            List<String> kindNames = strings(node, "kinds", path);
            for (int i = 0; i < kindNames.size(); i++) {
                try {
                    kinds.add(AliasKind.valueOf(kindNames.get(i).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw error(path + ".kinds[" + i + "]", "unknown kind (" + kindNames.get(i) + ")");
                }
            }
            int window = 10;
            JsonNode windowNode = node.get("window");
            if (windowNode != null) {
                if (!windowNode.isInt() || windowNode.asInt() < 1 || windowNode.asInt() > 50) {
                    throw error(path + ".window", "expected a whole number from 1 to 50");
                }
                window = windowNode.asInt();
            }
            Map<String, PlaceOnlyRule.Cues> languages = new LinkedHashMap<>();
            JsonNode languagesNode = node.get("languages");
            if (languagesNode != null) {
                object(languagesNode, path + ".languages");
                Iterator<Map.Entry<String, JsonNode>> fields = languagesNode.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String languagePath = path + ".languages." + field.getKey();
                    if (!LANGUAGE.matcher(field.getKey()).matches()) {
                        throw error(languagePath, "not a language code");
                    }
                    JsonNode cues = field.getValue();
                    object(cues, languagePath);
                    checkFields(cues, languagePath, CUE_FIELDS);
                    languages.put(field.getKey(), new PlaceOnlyRule.Cues(strings(cues, "prepositions", languagePath),
                            strings(cues, "determiners", languagePath), strings(cues, "place_cues", languagePath),
                            strings(cues, "address_cues", languagePath),
                            strings(cues, "motion_prepositions", languagePath),
                            strings(cues, "motion_cues", languagePath)));
                }
            }
            return new PlaceOnlyRule(kinds, window, languages);
        }

        private CopyFurniture copyFurniture(JsonNode node, String path) {
            object(node, path);
            checkFields(node, path, FURNITURE_FIELDS);
            return new CopyFurniture(strings(node, "agencies", path), strings(node, "months", path),
                    strings(node, "markers", path), strings(node, "credit_words", path),
                    strings(node, "bylines", path));
        }

        private List<String> strings(JsonNode node, String field, String path) {
            JsonNode list = node.get(field);
            if (list == null) {
                return List.of();
            }
            if (!list.isArray()) {
                throw error(path + "." + field, "expected a list of strings");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode value = list.get(i);
                if (!value.isTextual() || value.asText().isBlank()) {
                    throw error(path + "." + field + "[" + i + "]", "expected a non-empty string");
                }
                values.add(value.asText().strip());
            }
            return values;
        }

        private LocalDate date(JsonNode node, String field, String path, boolean start) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            String text = value.asText();
            LocalDate date = value.isTextual() ? parseDate(text, start) : null;
            if (date == null) {
                throw error(path + "." + field, "not a date (" + text + ")");
            }
            return date;
        }

        private boolean bool(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null) {
                return false;
            }
            if (!value.isBoolean()) {
                throw error(path + "." + field, "expected true or false");
            }
            return value.asBoolean();
        }

        private String requiredText(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(path + "." + field, "missing");
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw error(path + "." + field, "expected a non-empty string");
            }
            return value.asText().strip();
        }

        private void object(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw error(path, "expected an object");
            }
        }

        /** Unknown fields are errors (a misspelt "case_sensitive" would silently change matching); "_…" and
         *  "note" fields are comments. */
        private void checkFields(JsonNode node, String path, Set<String> allowed) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name) && !name.startsWith("_") && !name.equals("note")) {
                    throw error(path + "." + name, "unknown field");
                }
            }
        }
    }

    /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": the first day of the period when {@code start}, else the last; null if
     *  not a date. */
    static LocalDate parseDate(String text, boolean start) {
        var matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            if (matcher.group(3) == null) {
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
