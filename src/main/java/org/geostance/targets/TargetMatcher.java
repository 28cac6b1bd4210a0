package org.geostance.targets;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Token;

/**
 * Finds the references to the dictionary's targets in an analysed paragraph.
 *
 * <p>Matching works on {@link Pieces} (tokens cut at hyphens, apostrophes and dots) through an index from the key
 * of an alias's first piece to its candidate entries, longest first: one hash lookup per piece, no regular
 * expression. At each piece the longest matching entry wins and its pieces are consumed; when it is an exclusion
 * (« Amérique latine », "Washington Post") or a leader out of office at the article's date, they produce no
 * mention. Then three filters: nothing in the paragraph's copy furniture counts ({@link CopyFurniture}: a wire
 * dateline's place, a "Read more:" or credit line); the place-only rule drops capitals named only as a location
 * ({@link PlaceOnlyRule}); aliases marked {@code needs_support} (MIT, « Congrès ») are kept only when another
 * reference to the same target remains in the paragraph.
 *
 * <p>Language: "fr" uses the "fr" and "any" aliases, "en" the "en" and "any" ones (any language with its own list
 * likewise); any other language, "unknown" and null use every list. Dates: an article dated to the month (or
 * year) counts a leader in office on any day of that period; a null or unreadable date counts every leader.
 *
 * <p>Immutable and thread-safe; serializable so that Spark can ship it to executors.
 */
public final class TargetMatcher implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int OPEN_START = 0;
    private static final int OPEN_END = 99_999_999;

    private final TargetDictionary dictionary;
    private final Map<String, View> views;
    private final View everyLanguage;
    private final Set<AliasKind> placeKinds;
    private final int placeWindow;
    private final CopyFurniture.Folded furniture;

    public TargetMatcher(TargetDictionary dictionary) {
        this.dictionary = dictionary;
        List<Entry> entries = entries(dictionary);
        PlaceOnlyRule rule = dictionary.placeOnlyRule();
        this.placeKinds = rule.kinds();
        this.placeWindow = rule.window();
        this.furniture = dictionary.copyFurniture().folded();
        Map<String, View> byLanguage = new HashMap<>();
        for (String language : dictionary.languages()) {
            List<Entry> selected = entries.stream()
                    .filter(e -> e.language.equals(language) || e.language.equals(TargetDictionary.ANY_LANGUAGE))
                    .toList();
            PlaceOnlyRule.Cues cues = rule.languages().get(language);
            byLanguage.put(language, new View(selected, cues == null ? List.of() : List.of(cues)));
        }
        this.views = byLanguage;
        this.everyLanguage = new View(entries, List.copyOf(rule.languages().values()));
    }

    public TargetDictionary dictionary() {
        return dictionary;
    }

    /**
     * All references in the paragraph, in text order, non-overlapping (longest alias wins). language = "fr", "en"
     * or other; articleDate = "YYYY-MM", "YYYY-MM-DD" or null.
     */
    public List<Mention> find(AnalyzedText text, String language, String articleDate) {
        List<Token> tokenList = text.tokens();
        if (tokenList.isEmpty()) {
            return List.of();
        }
        View view = language == null ? everyLanguage : views.getOrDefault(language, everyLanguage);
        Pieces pieces = Pieces.of(tokenList);
        int[] period = articlePeriod(articleDate);
        List<Mention> mentions = null;
        List<Entry> matched = null;
        int[] pieceRanges = null;
        int i = 0;
        while (i < pieces.size) {
            Entry[] candidates = view.index.get(pieces.keys[i]);
            if (candidates == null) {
                i++;
                continue;
            }
            Entry chosen = null;
            int length = 0;
            int span = 0;
            for (Entry entry : candidates) {
                if (length > 0 && entry.keys.length < length) {
                    break;
                }
                int covered = entry.match(pieces, i);
                if (covered == 0) {
                    continue;
                }
                length = entry.keys.length;
                span = covered;
                if (entry.exclusion) {
                    break;
                }
                if (entry.activeDuring(period)) {
                    chosen = entry;
                    break;
                }
            }
            if (length == 0) {
                i++;
                continue;
            }
            if (chosen != null) {
                if (mentions == null) {
                    mentions = new ArrayList<>(4);
                    matched = new ArrayList<>(4);
                    pieceRanges = new int[8];
                }
                if (2 * mentions.size() + 2 > pieceRanges.length) {
                    pieceRanges = Arrays.copyOf(pieceRanges, pieceRanges.length * 2);
                }
                pieceRanges[2 * mentions.size()] = i;
                pieceRanges[2 * mentions.size() + 1] = i + span;
                int last = i + span - 1;
                mentions.add(new Mention(chosen.target, chosen.alias, chosen.kind, pieces.tokens[i],
                        pieces.tokens[last] + 1, pieces.begins[i], pieces.ends[last]));
                matched.add(chosen);
            }
            i += span;
        }
        if (mentions == null) {
            return List.of();
        }
        return filter(text, view, pieces, mentions, matched, pieceRanges);
    }

    private List<Mention> filter(AnalyzedText text, View view, Pieces pieces, List<Mention> mentions,
                                 List<Entry> matched, int[] pieceRanges) {
        boolean[] keep = new boolean[mentions.size()];
        Set<String> supported = null;
        boolean weak = false;
        boolean linkOrCredit = furniture.isLinkOrCredit(pieces);
        CopyFurniture.Dateline dateline = furniture.dateline(text);
        List<int[]> credits = furniture.credits(text);
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            keep[m] = !linkOrCredit && !dateline.covers(mention, placeKinds) && !CopyFurniture.inCredit(mention, credits)
                    && (!placeKinds.contains(mention.kind())
                        || !isPlaceOnly(text, pieces, pieceRanges[2 * m], pieceRanges[2 * m + 1], view.cues));
            if (keep[m] && !matched.get(m).needsSupport) {
                if (supported == null) {
                    supported = new HashSet<>(4);
                }
                supported.add(mention.target());
            }
            weak |= matched.get(m).needsSupport;
        }
        List<Mention> result = new ArrayList<>(mentions.size());
        for (int m = 0; m < mentions.size(); m++) {
            if (keep[m] && (!weak || !matched.get(m).needsSupport
                    || (supported != null && supported.contains(mentions.get(m).target())))) {
                result.add(mentions.get(m));
            }
        }
        return result;
    }

    /**
     * The place-only rule (see {@link PlaceOnlyRule}) for the mention made of pieces [first, end). It reads pieces
     * rather than tokens so that it holds however the tokenizer grouped the words around the capital.
     */
    private boolean isPlaceOnly(AnalyzedText text, Pieces pieces, int first, int end, List<Cues> cuesList) {
        if (cuesList.isEmpty()) {
            return false;
        }
        int sentenceFirstToken = 0;
        int sentenceEndToken = text.tokens().size();
        if (!text.sentences().isEmpty()) {
            var sentence = text.sentences().get(text.sentenceOf(pieces.tokens[first]));
            sentenceFirstToken = sentence.firstToken();
            sentenceEndToken = sentence.endToken();
        }
        int sentenceStart = first;
        while (sentenceStart > 0 && pieces.tokens[sentenceStart - 1] >= sentenceFirstToken) {
            sentenceStart--;
        }
        int sentenceEnd = end;
        while (sentenceEnd < pieces.size && pieces.tokens[sentenceEnd] < sentenceEndToken) {
            sentenceEnd++;
        }
        for (Cues cues : cuesList) {
            int p = first - 1;
            if (p >= sentenceStart && cues.determiners.contains(pieces.keys[p])) {
                p--;
            }
            if (p < sentenceStart) {
                continue;
            }
            String preposition = pieces.surfaces[p].toLowerCase(Locale.ROOT);
            if (cues.motionPrepositions.contains(preposition)) {
                for (int k = p - 1; k >= Math.max(sentenceStart, p - placeWindow); k--) {
                    String key = pieces.keys[k];
                    if (cues.motion.matches(key)) {
                        return true;
                    }
                    if (cues.address.matches(key) || cues.place.matches(key)) {
                        break;
                    }
                }
                continue;
            }
            if (!cues.prepositions.contains(preposition)) {
                continue;
            }
            if (opensSentence(pieces, sentenceStart, p)) {
                if (end < sentenceEnd && pieces.surfaces[end].equals(",")) {
                    for (int k = end + 1; k < Math.min(sentenceEnd, end + 1 + placeWindow); k++) {
                        if (cues.place.matches(pieces.keys[k])) {
                            return true;
                        }
                    }
                }
                continue;
            }
            for (int k = p - 1; k >= Math.max(sentenceStart, p - placeWindow); k--) {
                String key = pieces.keys[k];
                if (cues.address.matches(key)) {
                    break;
                }
                if (cues.place.matches(key) || cues.motion.matches(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opensSentence(Pieces pieces, int sentenceStart, int index) {
        for (int k = sentenceStart; k < index; k++) {
            if (Character.isLetterOrDigit(pieces.surfaces[k].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** [first day, last day] of the article's date as yyyymmdd, or null when unknown. */
    static int[] articlePeriod(String date) {
        if (date == null) {
            return null;
        }
        String text = date.strip();
        int year = digits(text, 0, 4);
        if (year < 0) {
            return null;
        }
        if (text.length() == 4) {
            return new int[] {year * 10_000 + 101, year * 10_000 + 1231};
        }
        if (text.length() < 7 || text.charAt(4) != '-') {
            return null;
        }
        int month = digits(text, 5, 7);
        if (month < 1 || month > 12) {
            return null;
        }
        if (text.length() == 7) {
            return new int[] {year * 10_000 + month * 100 + 1, year * 10_000 + month * 100 + 31};
        }
        // "YYYY-MM-DD", possibly followed by a time.
        if (text.length() < 10 || text.charAt(7) != '-' || (text.length() > 10 && !isTimeSeparator(text.charAt(10)))) {
            return null;
        }
        int day = digits(text, 8, 10);
        if (day < 1 || day > 31) {
            return null;
        }
        int value = year * 10_000 + month * 100 + day;
        return new int[] {value, value};
    }

    private static boolean isTimeSeparator(char c) {
        return c == 'T' || c == ' ';
    }

    private static int digits(String text, int from, int to) {
        if (text.length() < to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int yyyymmdd(LocalDate date, int open) {
        return date == null ? open : date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static List<Entry> entries(TargetDictionary dictionary) {
        List<Entry> entries = new ArrayList<>();
        int order = 0;
        for (Target target : dictionary.targets()) {
            for (Alias alias : target.aliases()) {
                for (String form : alias.forms()) {
                    entries.add(new Entry(form, alias.language(), target.code(), alias.kind(), false,
                            alias.caseSensitive(), alias.capitalized(), alias.needsSupport(), alias.combining(),
                            yyyymmdd(alias.from(), OPEN_START), yyyymmdd(alias.to(), OPEN_END), order++));
                }
            }
            for (Exclusion exclusion : target.exclusions()) {
                for (String form : exclusion.forms()) {
                    entries.add(new Entry(form, exclusion.language(), target.code(), null, true,
                            exclusion.caseSensitive(), exclusion.capitalized(), false, false, OPEN_START, OPEN_END,
                            order++));
                }
            }
        }
        return entries;
    }

    /** The aliases and exclusions of one language, indexed by the key of their first piece. */
    private static final class View implements Serializable {
        private static final long serialVersionUID = 1L;

        final Map<String, Entry[]> index;
        final List<Cues> cues;

        View(List<Entry> entries, List<PlaceOnlyRule.Cues> cueLists) {
            Map<String, List<Entry>> byFirst = new HashMap<>();
            for (Entry entry : entries) {
                byFirst.computeIfAbsent(entry.keys[0], k -> new ArrayList<>()).add(entry);
            }
            Map<String, Entry[]> built = new HashMap<>(byFirst.size() * 2);
            Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> -e.keys.length)
                    .thenComparing(e -> !e.exclusion)
                    .thenComparingInt(e -> e.order);
            byFirst.forEach((key, list) -> {
                Entry[] sorted = list.toArray(new Entry[0]);
                Arrays.sort(sorted, order);
                built.put(key, sorted);
            });
            this.index = built;
            this.cues = cueLists.stream().map(Cues::new).toList();
        }
    }

    /** One form of an alias or exclusion, cut into pieces. */
    private static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;

        final String alias;
        final String language;
        final String target;
        final AliasKind kind;
        final boolean exclusion;
        final String[] keys;
        final String[] exact;
        final boolean capitalized;
        final boolean needsSupport;
        final boolean combining;
        final int from;
        final int to;
        final int order;

        Entry(String form, String language, String target, AliasKind kind, boolean exclusion, boolean caseSensitive,
              boolean capitalized, boolean needsSupport, boolean combining, int from, int to, int order) {
            this.alias = form;
            this.language = language;
            this.target = target;
            this.kind = kind;
            this.exclusion = exclusion;
            List<String[]> pieces = Pieces.ofAlias(form);
            this.keys = pieces.stream().map(p -> p[0]).toArray(String[]::new);
            this.exact = caseSensitive ? pieces.stream().map(p -> p[1]).toArray(String[]::new) : null;
            this.capitalized = capitalized;
            this.needsSupport = needsSupport;
            this.combining = combining;
            this.from = from;
            this.to = to;
            this.order = order;
        }

        /** The number of pieces the entry covers at start (0: no match). */
        int match(Pieces pieces, int start) {
            int n = keys.length;
            int skip = middleInitialAfterFirstName(pieces, start) ? 2 : 0;
            if (start + n + skip > pieces.size) {
                return 0;
            }
            for (int j = 1; j < n; j++) {
                if (!keys[j].equals(pieces.keys[start + j + skip])) {
                    return 0;
                }
            }
            if (exact != null) {
                for (int j = 0; j < n; j++) {
                    if (!exact[j].equals(pieces.surfaces[start + j + (j > 0 ? skip : 0)])) {
                        return 0;
                    }
                }
            }
            if (capitalized && !Character.isUpperCase(pieces.surfaces[start].codePointAt(0))) {
                return 0;
            }
            return !combining || pieces.hyphenAfter[start + n + skip - 1] ? n + skip : 0;
        }

        /**
         * American copy puts a middle initial in a leader's full name ("Loretta E. Lynch", "Antony J. Blinken"); the
         * listed name without it still matches. Only between a listed first name and the rest of the name.
         */
        private boolean middleInitialAfterFirstName(Pieces pieces, int start) {
            if (kind != AliasKind.LEADER || keys.length < 2 || keys[1].equals(".") || start + 2 >= pieces.size) {
                return false;
            }
            String initial = pieces.surfaces[start + 1];
            return initial.length() == 1 && Character.isUpperCase(initial.charAt(0))
                    && pieces.surfaces[start + 2].equals(".") && !keys[1].equals(pieces.keys[start + 1]);
        }

        boolean activeDuring(int[] period) {
            return period == null || (period[0] <= to && period[1] >= from);
        }
    }

    /** A language's place-only word lists, folded for lookup. */
    private static final class Cues implements Serializable {
        private static final long serialVersionUID = 1L;

        final Set<String> prepositions = new HashSet<>();
        final Set<String> motionPrepositions = new HashSet<>();
        final Set<String> determiners = new HashSet<>();
        final WordList place;
        final WordList address;
        final WordList motion;

        Cues(PlaceOnlyRule.Cues cues) {
            cues.prepositions().forEach(p -> prepositions.add(p.toLowerCase(Locale.ROOT)));
            cues.motionPrepositions().forEach(p -> motionPrepositions.add(p.toLowerCase(Locale.ROOT)));
            cues.determiners().forEach(d -> Pieces.ofAlias(d).forEach(piece -> determiners.add(piece[0])));
            place = new WordList(cues.placeCues());
            address = new WordList(cues.addressCues());
            motion = new WordList(cues.motionCues());
        }
    }

    /** Folded words, those written with a final {@code *} matching as prefixes. */
    private static final class WordList implements Serializable {
        private static final long serialVersionUID = 1L;

        final Set<String> words = new HashSet<>();
        final String[] prefixes;

        WordList(List<String> cues) {
            Set<String> prefixSet = new LinkedHashSet<>();
            for (String cue : cues) {
                if (cue.endsWith("*")) {
                    prefixSet.add(Pieces.key(cue.substring(0, cue.length() - 1)));
                } else {
                    words.add(Pieces.key(cue));
                }
            }
            prefixes = prefixSet.toArray(new String[0]);
        }

        boolean matches(String key) {
            if (words.contains(key)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
