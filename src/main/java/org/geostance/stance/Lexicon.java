package org.geostance.stance;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geostance.text.Folding;

/**
 * The cues and function words of one language, loaded from {@code <lang>.tsv} and {@code <lang>.function.tsv}.
 *
 * <p>Cue file: a {@code # version: X} header comment, then one entry a line, tab-separated:
 * {@code cue  weight  class  [flags]}. {@code cue} is a lemma or phrase; {@code |} separates spelling variants
 * that Snowball does not bring together (« félicité|féliciter »). Entries match on stems, so inflected forms
 * need no listing. {@code weight} is signed in [-1, 1], non-zero. {@code class} is one of {@link CueClass}
 * (e.g. framing, speech-verb). {@code flags}: {@code of-patient}, {@code punitive}.
 *
 * <p>Function-word file: {@code word  role  [factor]}, roles from {@link Fn}; a word may have several lines.
 */
final class Lexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    final String language;
    final String version;
    /** Cues by the stem of their first token, longest first; an exact form ("=occupant") under "=occupant". */
    final Map<String, Cue[]> cuesByFirstStem;
    final int cueCount;
    final boolean hasExactForms;
    /** Cues whose first word is an exact form, by that form's folded key (without the "="). */
    final Map<String, Cue[]> cuesByFirstExact;
    final Map<String, Long> fnByKey;
    final Map<String, Long> fnByStem;
    final Map<String, Double> factorByKey;

    private Lexicon(String language, String version, Map<String, Cue[]> cuesByFirstStem, int cueCount,
                    Map<String, Long> fnByKey, Map<String, Long> fnByStem, Map<String, Double> factorByKey) {
        this.language = language;
        this.version = version;
        this.cuesByFirstStem = cuesByFirstStem;
        this.cueCount = cueCount;
        this.cuesByFirstExact = new HashMap<>();
        cuesByFirstStem.forEach((k, v) -> {
            if (k.startsWith("=")) {
                cuesByFirstExact.put(k.substring(1), v);
            }
        });
        this.hasExactForms = !cuesByFirstExact.isEmpty();
        this.fnByKey = fnByKey;
        this.fnByStem = fnByStem;
        this.factorByKey = factorByKey;
    }

    static Lexicon load(Path dir, String language, List<Path> loaded) {
        Path cueFile = dir.resolve(language + ".tsv");
        Path fnFile = dir.resolve(language + ".function.tsv");
        Stems stems = Stems.of(language);
        Map<String, List<Cue>> byFirst = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        String version = null;
        int count = 0;
        List<String> lines = read(cueFile);
        loaded.add(cueFile);
        String name = cueFile.getFileName().toString();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String body = line.substring(1).strip();
                if (body.toLowerCase().startsWith("version:")) {
                    version = body.substring("version:".length()).strip();
                    if (version.isEmpty()) {
                        throw InvalidLexiconException.at(name, n, "empty version");
                    }
                }
                continue;
            }
            if (version == null) {
                throw InvalidLexiconException.at(name, n, "entry before the '# version: X' header");
            }
            String[] cols = lines.get(n - 1).split("\t", -1);
            if (cols.length < 3 || cols.length > 4) {
                throw InvalidLexiconException.at(name, n,
                        "expected 3 or 4 tab-separated columns (cue, weight, class[, flags]), found " + cols.length);
            }
            String cueText = cols[0].strip();
            if (cueText.isEmpty()) {
                throw InvalidLexiconException.at(name, n, "empty cue");
            }
            double weight;
            try {
                weight = Double.parseDouble(cols[1].strip());
            } catch (NumberFormatException e) {
                throw InvalidLexiconException.at(name, n, "weight '" + cols[1].strip() + "' is not a number");
            }
            if (!(weight >= -1 && weight <= 1) || weight == 0) {
                throw InvalidLexiconException.at(name, n, "weight " + weight + " outside [-1, 1] or zero");
            }
            CueClass cueClass;
            try {
                cueClass = CueClass.parse(cols[2]);
            } catch (IllegalArgumentException e) {
                throw InvalidLexiconException.at(name, n, "unknown class '" + cols[2].strip() + "' (expected one of "
                        + Arrays.stream(CueClass.values()).map(CueClass::label).toList() + ")");
            }
            Set<CueFlag> flags = EnumSet.noneOf(CueFlag.class);
            if (cols.length == 4 && !cols[3].isBlank()) {
                for (String flag : cols[3].split(",")) {
                    try {
                        flags.add(CueFlag.parse(flag));
                    } catch (IllegalArgumentException e) {
                        throw InvalidLexiconException.at(name, n, "unknown flag '" + flag.strip() + "' (expected one of "
                                + Arrays.stream(CueFlag.values()).map(CueFlag::label).toList() + ")");
                    }
                }
            }
            String[] variants = cueText.split("\\|");
            String lemma = variants[0].strip();
            for (String variant : variants) {
                String[] tokenStems = stemPhrase(variant.strip(), stems);
                if (tokenStems.length == 0) {
                    throw InvalidLexiconException.at(name, n, "cue variant '" + variant + "' has no word");
                }
                String joined = String.join(" ", tokenStems);
                String previous = seen.putIfAbsent(joined, name + ":" + n);
                if (previous != null && previous.equals(name + ":" + n)) {
                    continue; // two spellings of one entry that stem alike
                }
                if (previous != null) {
                    throw InvalidLexiconException.at(name, n, "'" + variant.strip() + "' matches the same stems ("
                            + joined + ") as the entry at " + previous + "; merge them");
                }
                byFirst.computeIfAbsent(tokenStems[0], k -> new ArrayList<>())
                        .add(new Cue(lemma, tokenStems, weight, cueClass, flags, name + ":" + n));
            }
            count++;
        }
        if (version == null) {
            throw InvalidLexiconException.at(name, Math.max(1, lines.size()), "no '# version: X' header");
        }
        Map<String, Cue[]> cues = new HashMap<>();
        for (Map.Entry<String, List<Cue>> e : byFirst.entrySet()) {
            Cue[] array = e.getValue().toArray(new Cue[0]);
            Arrays.sort(array, Comparator.comparingInt((Cue c) -> -c.stems().length));
            cues.put(e.getKey(), array);
        }

        Map<String, Long> fnByKey = new HashMap<>();
        Map<String, Long> fnByStem = new HashMap<>();
        Map<String, Double> factors = new HashMap<>();
        List<String> fnLines = read(fnFile);
        loaded.add(fnFile);
        String fnName = fnFile.getFileName().toString();
        for (int n = 1; n <= fnLines.size(); n++) {
            String line = fnLines.get(n - 1);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 3) {
                throw InvalidLexiconException.at(fnName, n, "expected 2 or 3 tab-separated columns (word, role[, factor])");
            }
            String word = cols[0].strip();
            if (word.isEmpty() || word.contains(" ")) {
                throw InvalidLexiconException.at(fnName, n, "function word must be one token, got '" + word + "'");
            }
            Fn role;
            try {
                role = Fn.parse(cols[1]);
            } catch (IllegalArgumentException e) {
                throw InvalidLexiconException.at(fnName, n, "unknown role '" + cols[1].strip() + "'");
            }
            if (role == Fn.INTENSIFIER || role == Fn.ATTENUATOR) {
                if (cols.length < 3) {
                    throw InvalidLexiconException.at(fnName, n, role.name().toLowerCase() + " needs a factor");
                }
                double factor;
                try {
                    factor = Double.parseDouble(cols[2].strip());
                } catch (NumberFormatException e) {
                    throw InvalidLexiconException.at(fnName, n, "factor '" + cols[2].strip() + "' is not a number");
                }
                if (role == Fn.INTENSIFIER ? !(factor > 1 && factor <= 3) : !(factor > 0 && factor < 1)) {
                    throw InvalidLexiconException.at(fnName, n, "factor " + factor
                            + (role == Fn.INTENSIFIER ? " must be in (1, 3]" : " must be in (0, 1)"));
                }
                factors.put(Folding.key(word), factor);
            }
            if (word.startsWith("=") && word.length() > 1) {
                // "=according": this exact word only ("according" and "accords" share a stem).
                fnByKey.merge(Folding.key(word.substring(1)), role.bit(), (a, b) -> a | b);
            } else if (role.byStem()) {
                fnByStem.merge(stems.stem(word), role.bit(), (a, b) -> a | b);
            } else {
                fnByKey.merge(Folding.key(word), role.bit(), (a, b) -> a | b);
            }
        }
        return new Lexicon(language, version, cues, count, fnByKey, fnByStem, factors);
    }

    /**
     * Tokens of a lexicon phrase as the text analyzer splits them: on spaces and after elisions. A word written
     * "=form" matches that exact folded form only (for words whose stem collides with another entry's).
     */
    static String[] stemPhrase(String phrase, Stems stems) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("=") && word.length() > 1) {
                out.add("=" + Folding.key(word.substring(1)));
                continue;
            }
            String w = Folding.unifyApostrophes(word);
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0 && apostrophe < w.length() - 1 && !w.toLowerCase().startsWith("aujourd")) {
                if (w.substring(apostrophe).equalsIgnoreCase("'s") || w.substring(apostrophe - 1).equalsIgnoreCase("n't")) {
                    out.add(stems.stem(w.substring(0, w.length() - (w.endsWith("n't") ? 3 : 2))));
                    out.add(stems.stem(w.endsWith("n't") ? "n't" : "'s"));
                    continue;
                }
                out.add(stems.stem(w.substring(0, apostrophe + 1)));
                out.add(stems.stem(w.substring(apostrophe + 1)));
            } else {
                out.add(stems.stem(w));
            }
        }
        return out.toArray(new String[0]);
    }

    long fn(String key, String stem) {
        Long byKey = fnByKey.get(key);
        Long byStem = fnByStem.get(stem);
        return (byKey == null ? 0 : byKey) | (byStem == null ? 0 : byStem);
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidLexiconException(file.getFileName() + ":1: not UTF-8");
        } catch (IOException e) {
            throw new InvalidLexiconException(file + ":0: cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
