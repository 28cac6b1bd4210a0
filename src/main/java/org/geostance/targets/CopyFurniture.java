package org.geostance.targets;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Folding;
import org.geostance.text.Token;

/**
 * The furniture of published copy that names places without referring to them: the wire dateline that opens a
 * paragraph ("ANKARA, July 3 (Reuters) -", « Jérusalem, 3 mars (AFP) – », "Istanbul —"), the paragraphs that are
 * only links, credits or boilerplate ("Read more: …", « Lire aussi : … », "(Reporting by … in Ankara; …)",
 * "Sign up for our Turkey newsletter", "© 2024 …"), bylines ("By Jane Roe in Ankara") and the photo credits inside a
 * paragraph ("ISRAELI ARMY/AFP", "(AP Photo/Maya Levin)").
 *
 * <p>A dateline is, from the paragraph's first token: a place of capitalised words (several joined by "/"),
 * optionally ", region" and ", date" (a month name with a day and/or a year, either order; the comma before the date
 * may be missing), optionally an agency in parentheses, then a dash or a colon. A place a scraper lower-cased
 * ("istanbul, June 4 (Reuters) -") needs the date or the agency. After a place in capitals ("ANKARA (Hürriyet) -")
 * any short capitalised source in parentheses counts as the agency before a dash. A dateline may also open a line
 * that the ingest kept in the paragraph (a headline above it, {@code ParagraphSplitter}), with the same rules; or
 * follow a headline joined into the paragraph with a space ("Turkey hits back ANKARA (Reuters) - …"): there it must
 * be in capitals, right after a word in ordinary case, and not bare. Without a region, a date or an agency the
 * dateline is bare ("Istanbul —"): only a dash counts, only when no second dash follows in the sentence ("Washington
 * — which had opposed it — agreed" is an aside), and only a capital in it is a place (« Israël - Hamas : la trêve
 * tient » is a headline naming the state). Agencies, month names, markers and byline words are words of
 * {@code copy_furniture} in targets.json.
 */
public record CopyFurniture(List<String> agencies, List<String> months, List<String> markers,
                            List<String> creditWords, List<String> bylines) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final CopyFurniture NONE = new CopyFurniture(List.of(), List.of(), List.of(), List.of(), List.of());

    /** "TEL AVIV", "RIO DE JANEIRO": more words than that is a sentence, not a place. */
    private static final int MAX_PLACE_WORDS = 4;

    /** "(Hürriyet Daily News)": a source named in more words is an aside, not a dateline's credit. */
    private static final int MAX_SOURCE_WORDS = 3;

    /** A headline joined before a dateline is short: past this many tokens the capitals are in the story. */
    private static final int MAX_HEADLINE_TOKENS = 20;

    /** "By Jane Roe and John Doe in Ankara": a longer line is a sentence of the story. */
    private static final int MAX_BYLINE_TOKENS = 20;

    public CopyFurniture {
        agencies = List.copyOf(agencies);
        months = List.copyOf(months);
        markers = List.copyOf(markers);
        creditWords = List.copyOf(creditWords);
        bylines = List.copyOf(bylines);
    }

    /** The paragraph's dateline: chars [begin, end); {@link #NO_DATELINE} is empty. */
    record Dateline(int begin, int end, boolean bare) {
        /** Whether the mention is the dateline's place, not a reference: in a bare dateline, capitals only. */
        boolean covers(Mention mention, Set<AliasKind> placeKinds) {
            return mention.begin() >= begin && mention.begin() < end
                    && (!bare || placeKinds.contains(mention.kind()));
        }
    }

    static final Dateline NO_DATELINE = new Dateline(0, 0, false);

    /** Whether the mention starts inside one of the credits or bylines, chars [begin, end) pairs. */
    static boolean inCredit(Mention mention, List<int[]> credits) {
        for (int[] credit : credits) {
            if (mention.begin() >= credit[0] && mention.begin() < credit[1]) {
                return true;
            }
        }
        return false;
    }

    /** The lists folded for lookup, built once per matcher. */
    Folded folded() {
        return new Folded(this);
    }

    /** The furniture words folded as the matcher compares them; a matcher holds one. */
    static final class Folded implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Set<String> agencies = new HashSet<>();
        private final Set<String> months = new HashSet<>();
        private final Set<String> creditWords = new HashSet<>();
        private final Set<String> bylines = new HashSet<>();
        private final List<String[]> markers;

        private Folded(CopyFurniture furniture) {
            furniture.agencies.forEach(a -> agencies.add(Folding.key(a)));
            furniture.months.forEach(m -> months.add(Folding.key(m)));
            furniture.creditWords.forEach(w -> creditWords.add(Folding.key(w)));
            furniture.bylines.forEach(w -> bylines.add(Folding.key(w)));
            markers = furniture.markers.stream()
                    .map(m -> Pieces.ofAlias(m).stream().map(p -> p[0]).toArray(String[]::new))
                    .filter(m -> m.length > 0)
                    .toList();
        }

        /**
         * A link, credit or boilerplate line: a marker opens it, first thing ("© 2024") or after any bracket or
         * bullet: "(Reporting by", "► Read more".
         */
        boolean isLinkOrCredit(Pieces pieces) {
            int first = 0;
            while (first < pieces.size && !Character.isLetterOrDigit(pieces.surfaces[first].codePointAt(0))) {
                first++;
            }
            for (String[] marker : markers) {
                if (startsWith(pieces, 0, marker) || startsWith(pieces, first, marker)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWith(Pieces pieces, int first, String[] marker) {
            if (first + marker.length > pieces.size) {
                return false;
            }
            for (int j = 0; j < marker.length; j++) {
                if (!marker[j].equals(pieces.keys[first + j])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The dateline that opens the paragraph, or the one right after a headline the ingest joined into it, or
         * {@link #NO_DATELINE}.
         */
        Dateline dateline(AnalyzedText text) {
            Dateline opening = datelineAt(text, 0, true);
            if (opening != NO_DATELINE) {
                return opening;
            }
            List<Token> tokens = text.tokens();
            for (int k = 1; k < tokens.size(); k++) {
                if (text.opensLine(k)) {
                    Dateline line = datelineAt(text, k, true);
                    if (line != NO_DATELINE) {
                        return line;
                    }
                } else if (k < MAX_HEADLINE_TOKENS && tokens.get(k - 1).isWord() && !isShouted(tokens.get(k - 1))
                        && isShouted(tokens.get(k))) {
                    Dateline after = datelineAt(text, k, false);
                    if (after != NO_DATELINE && !after.bare()) {
                        return after;
                    }
                }
            }
            return NO_DATELINE;
        }

        /**
         * The dateline from token {@code from}: at the opening of the paragraph or of a line its writer ended, a
         * place in any case; after a joined headline, in capitals only.
         */
        private Dateline datelineAt(AnalyzedText text, int from, boolean opensLine) {
            List<Token> tokens = text.tokens();
            int i = placeEnd(tokens, from, false);
            // A scraper may lower-case the place ("istanbul, June 4 (Reuters) -"): then a date or agency must follow.
            boolean lowered = i < 0 && opensLine;
            if (lowered) {
                i = placeEnd(tokens, from, true);
            }
            if (i < 0) {
                return NO_DATELINE;
            }
            boolean shouted = allShouted(tokens, from, i);
            if (!opensLine && !shouted) {
                return NO_DATELINE;
            }
            boolean placed = false;
            int region = isText(tokens, i, ",") && dateEnd(tokens, i + 1) < 0 ? placeEnd(tokens, i + 1, false) : -1;
            if (region > 0) {
                i = region;
                placed = true;
            }
            boolean dated = false;
            int date = isText(tokens, i, ",") ? dateEnd(tokens, i + 1) : dateEnd(tokens, i);
            if (date > 0) {
                i = date;
                dated = true;
            }
            int agency = isText(tokens, i, "(") ? agencyEnd(tokens, i + 1) : -1;
            int source = agency < 0 && shouted && isText(tokens, i, "(") ? sourceEnd(tokens, i + 1) : -1;
            boolean credited = agency > 0 || source > 0 && isDash(tokens, source);
            if (credited) {
                i = agency > 0 ? agency : source;
            }
            if (i + 1 >= tokens.size()) {
                return NO_DATELINE;
            }
            Token separator = tokens.get(i);
            boolean dash = separator.isDash();
            if (!dash && !separator.text().equals(":")) {
                return NO_DATELINE;
            }
            boolean bare = !placed && !dated && !credited;
            if (lowered && !dated && !credited || bare && (!dash || closesAside(text, i))) {
                return NO_DATELINE;
            }
            return new Dateline(tokens.get(from).begin(), separator.end(), bare);
        }

        /**
         * Photo credits: upper-case words, credit words ("Handout", "via") and an agency around a "/" — "ISRAELI
         * ARMY/AFP", "U.S. NAVY/Handout via REUTERS", « ARMÉE ISRAÉLIENNE / AFP » — and a parenthesis that opens
         * with such a credit, "(AP Photo/Maya Levin)". The tokenizer keeps "ARMY/AFP" whole: a slash counts inside
         * a token too. Chars [begin, end) pairs.
         */
        List<int[]> credits(AnalyzedText text) {
            List<Token> tokens = text.tokens();
            List<int[]> credits = bylines(text);
            for (int s = 0; s < tokens.size(); s++) {
                if (!tokens.get(s).text().contains("/")) {
                    continue;
                }
                int first = s;
                while (first > 0 && isCreditToken(tokens.get(first - 1))) {
                    first--;
                }
                int last = s + 1;
                while (last < tokens.size() && isCreditToken(tokens.get(last))) {
                    last++;
                }
                if (!namesAgency(tokens, first, last)) {
                    continue;
                }
                if (first > 0 && isText(tokens, first - 1, "(")) {
                    while (last < tokens.size() && !isText(tokens, last, ")")) {
                        last++;
                    }
                }
                if (last > first) {
                    credits.add(new int[] {tokens.get(first).begin(), tokens.get(last - 1).end()});
                }
            }
            return credits;
        }

        /**
         * Bylines: a line (the paragraph, or a line its writer ended) that opens with a {@code bylines} word and a
         * capitalised name and holds no full stop within {@link #MAX_BYLINE_TOKENS} tokens: "By Jane Roe in Ankara",
         * « Par Jeanne Dupont, à Ankara ». "By the end of the year, …" and « Par ailleurs, … » are text.
         */
        private List<int[]> bylines(AnalyzedText text) {
            List<Token> tokens = text.tokens();
            List<int[]> spans = new ArrayList<>();
            int start = 0;
            for (int k = 1; k <= tokens.size(); k++) {
                if (k == tokens.size() || text.opensLine(k)) {
                    if (isByline(tokens, start, k)) {
                        spans.add(new int[] {tokens.get(start).begin(), tokens.get(k - 1).end()});
                    }
                    start = k;
                }
            }
            return spans;
        }

        private boolean isByline(List<Token> tokens, int from, int to) {
            if (to - from < 2 || to - from > MAX_BYLINE_TOKENS || !bylines.contains(tokens.get(from).key())
                    || !isCapitalised(tokens.get(from + 1))) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (isFullStop(tokens.get(k).text())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isFullStop(String token) {
            return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("…");
        }

        private boolean isCreditToken(Token token) {
            for (String part : token.text().split("/")) {
                String key = Folding.key(part);
                if (!part.isEmpty() && !isShouted(part) && !creditWords.contains(key) && !agencies.contains(key)) {
                    return false;
                }
            }
            return true;
        }

        private boolean namesAgency(List<Token> tokens, int from, int to) {
            for (int k = from; k < to; k++) {
                for (String part : tokens.get(k).text().split("/")) {
                    if (agencies.contains(stripDot(Folding.key(part)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Another dash after the one at {@code dash} in its sentence: the two enclose an aside. */
        private static boolean closesAside(AnalyzedText text, int dash) {
            int sentenceEnd = text.sentences().isEmpty() ? text.tokens().size()
                    : text.sentences().get(text.sentenceOf(dash)).endToken();
            for (int k = dash + 1; k < sentenceEnd; k++) {
                if (text.tokens().get(k).isDash()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * After one to {@link #MAX_PLACE_WORDS} capitalised words (or words in lower case), "/" joining places, up to
         * a month ("ANKARA Jan 23"); -1 when none.
         */
        private int placeEnd(List<Token> tokens, int from, boolean lowered) {
            int i = from;
            int words = 0;
            while (i < tokens.size() && words < MAX_PLACE_WORDS && isPlaceWord(tokens.get(i), lowered)
                    && !(i > from && isMonth(tokens, i))) {
                i++;
                words++;
                if (isText(tokens, i, "/") && i + 1 < tokens.size() && isPlaceWord(tokens.get(i + 1), lowered)) {
                    i++;
                    words = 0;
                }
            }
            return i > from && (i >= tokens.size() || !isPlaceWord(tokens.get(i), lowered) || isMonth(tokens, i))
                    ? i : -1;
        }

        private static boolean isPlaceWord(Token token, boolean lowered) {
            return lowered ? token.isWord() && Character.isLowerCase(token.text().codePointAt(0))
                    : isCapitalised(token);
        }

        /** "July 3", "Jan. 23, 2024", « 3 mars », « 1er mars 2024 », "March 2024"; -1 when not a date. */
        private int dateEnd(List<Token> tokens, int from) {
            int i = from;
            if (isMonth(tokens, i)) {
                i = afterMonth(tokens, i);
                int day = isDay(tokens, i) ? i + 1 : i;
                if (day > i && isText(tokens, day, ",") && isYear(tokens, day + 1)) {
                    return day + 2;
                }
                return isYear(tokens, day) ? day + 1 : day > i ? day : -1;
            }
            if (isDay(tokens, i)) {
                i = isText(tokens, i + 1, "er") ? i + 2 : i + 1;
                if (isMonth(tokens, i)) {
                    i = afterMonth(tokens, i);
                    return isYear(tokens, i) ? i + 1 : i;
                }
            }
            return -1;
        }

        private boolean isMonth(List<Token> tokens, int i) {
            return i < tokens.size() && months.contains(stripDot(tokens.get(i).key()));
        }

        /** Past the month and the dot of its abbreviation ("Jan." may be one token or two). */
        private static int afterMonth(List<Token> tokens, int i) {
            return isText(tokens, i + 1, ".") ? i + 2 : i + 1;
        }

        /** Past "(AFP)", "(AFP/Reuters)": one or more agencies joined by "/" and the closing parenthesis. */
        private int agencyEnd(List<Token> tokens, int from) {
            int i = from;
            while (i < tokens.size() && agencies.contains(stripDot(tokens.get(i).key()))) {
                i++;
                if (!isText(tokens, i, "/")) {
                    break;
                }
                i++;
            }
            return i > from && isText(tokens, i, ")") ? i + 1 : -1;
        }

        /** Past "(Hürriyet)", "(Arab News)": one to {@link #MAX_SOURCE_WORDS} capitalised words and ")"; or -1. */
        private static int sourceEnd(List<Token> tokens, int from) {
            int i = from;
            while (i < tokens.size() && i - from < MAX_SOURCE_WORDS && isCapitalised(tokens.get(i))) {
                i++;
            }
            return i > from && isText(tokens, i, ")") ? i + 1 : -1;
        }

        /** A word in capitals: "ANKARA", "U.S.", « ISRAÉLIENNE »; not "A" or "I" alone. */
        private static boolean isShouted(Token token) {
            return isShouted(token.text());
        }

        private static boolean isShouted(String t) {
            int letters = 0;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            return letters >= 2;
        }

        private static boolean allShouted(List<Token> tokens, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!tokens.get(k).text().equals("/") && !isShouted(tokens.get(k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isDash(List<Token> tokens, int i) {
            return i < tokens.size() && tokens.get(i).isDash();
        }

        private static boolean isCapitalised(Token token) {
            return Character.isUpperCase(token.text().codePointAt(0));
        }

        private static boolean isDay(List<Token> tokens, int i) {
            return i < tokens.size() && isNumber(tokens.get(i).text(), 1, 2) || isText(tokens, i, "1er");
        }

        private static boolean isYear(List<Token> tokens, int i) {
            return i < tokens.size() && isNumber(tokens.get(i).text(), 4, 4);
        }

        private static boolean isNumber(String text, int minDigits, int maxDigits) {
            if (text.length() < minDigits || text.length() > maxDigits) {
                return false;
            }
            for (int k = 0; k < text.length(); k++) {
                if (!Character.isDigit(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isText(List<Token> tokens, int i, String text) {
            return i < tokens.size() && tokens.get(i).text().equals(text);
        }

        private static String stripDot(String key) {
            return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        }
    }
}
