package org.geostance.targets;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Folding;
import org.geostance.text.Token;

/**
 * The furniture of published copy that names places without referring to them: the wire dateline that opens a
 * paragraph ("ANKARA, July 3 (Reuters) -", « Jérusalem, 3 mars (AFP) – », "Istanbul —") and the paragraphs that
 * are only links or credits ("Read more: …", « Lire aussi : … », "(Reporting by … in Ankara; …)").
 *
 * <p>A dateline is, from the paragraph's first token: a place of capitalised words (several joined by "/"),
 * optionally ", region" and ", date" (a month name with a day and/or a year, either order), optionally an agency
 * in parentheses, then a dash or a colon. Without a region, a date or an agency the dateline is bare
 * ("Istanbul —"): only a dash counts, only when no second dash follows in the sentence ("Washington — which had
 * opposed it — agreed" is an aside), and only a capital in it is a place (« Israël - Hamas : la trêve tient » is
 * a headline naming the state). Agencies, month names and markers are words of {@code copy_furniture} in
 * targets.json.
 */
public record CopyFurniture(List<String> agencies, List<String> months, List<String> markers)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final CopyFurniture NONE = new CopyFurniture(List.of(), List.of(), List.of());

    /** "TEL AVIV", "RIO DE JANEIRO": more words than that is a sentence, not a place. */
    private static final int MAX_PLACE_WORDS = 4;

    public CopyFurniture {
        agencies = List.copyOf(agencies);
        months = List.copyOf(months);
        markers = List.copyOf(markers);
    }

    /** The paragraph's dateline: chars [0, end); {@link #NO_DATELINE} has end 0. */
    record Dateline(int end, boolean bare) {
        /** Whether the mention is the dateline's place, not a reference: in a bare dateline, capitals only. */
        boolean covers(Mention mention, Set<AliasKind> placeKinds) {
            return mention.begin() < end && (!bare || placeKinds.contains(mention.kind()));
        }
    }

    static final Dateline NO_DATELINE = new Dateline(0, false);

    /** The lists folded for lookup, built once per matcher. */
    Folded folded() {
        return new Folded(this);
    }

    /** The furniture words folded as the matcher compares them; a matcher holds one. */
    static final class Folded implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Set<String> agencies = new HashSet<>();
        private final Set<String> months = new HashSet<>();
        private final List<String[]> markers;

        private Folded(CopyFurniture furniture) {
            furniture.agencies.forEach(a -> agencies.add(Folding.key(a)));
            furniture.months.forEach(m -> months.add(Folding.key(m)));
            markers = furniture.markers.stream()
                    .map(m -> Pieces.ofAlias(m).stream().map(p -> p[0]).toArray(String[]::new))
                    .toList();
        }

        /** A link or credit line: a marker opens it, after any bracket or bullet: "(Reporting by", "► Read more". */
        boolean isLinkOrCredit(Pieces pieces) {
            int first = 0;
            while (first < pieces.size && !Character.isLetterOrDigit(pieces.surfaces[first].codePointAt(0))) {
                first++;
            }
            for (String[] marker : markers) {
                if (first + marker.length <= pieces.size && startsWith(pieces, first, marker)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWith(Pieces pieces, int first, String[] marker) {
            for (int j = 0; j < marker.length; j++) {
                if (!marker[j].equals(pieces.keys[first + j])) {
                    return false;
                }
            }
            return true;
        }

        /** The dateline that opens the paragraph, or {@link #NO_DATELINE}. */
        Dateline dateline(AnalyzedText text) {
            List<Token> tokens = text.tokens();
            int i = placeEnd(tokens, 0);
            if (i < 0) {
                return NO_DATELINE;
            }
            boolean placed = false;
            if (isText(tokens, i, ",") && dateEnd(tokens, i + 1) < 0 && placeEnd(tokens, i + 1) > 0) {
                i = placeEnd(tokens, i + 1);
                placed = true;
            }
            boolean dated = false;
            if (isText(tokens, i, ",") && dateEnd(tokens, i + 1) > 0) {
                i = dateEnd(tokens, i + 1);
                dated = true;
            }
            boolean credited = false;
            if (isText(tokens, i, "(") && agencyEnd(tokens, i + 1) > 0) {
                i = agencyEnd(tokens, i + 1);
                credited = true;
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
            if (bare && (!dash || closesAside(text, i))) {
                return NO_DATELINE;
            }
            return new Dateline(separator.end(), bare);
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

        /** After one to {@link #MAX_PLACE_WORDS} capitalised words, "/" joining places; -1 when none. */
        private static int placeEnd(List<Token> tokens, int from) {
            int i = from;
            int words = 0;
            while (i < tokens.size() && words < MAX_PLACE_WORDS && isCapitalised(tokens.get(i))) {
                i++;
                words++;
                if (isText(tokens, i, "/") && i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1))) {
                    i++;
                    words = 0;
                }
            }
            return i > from && (i >= tokens.size() || !isCapitalised(tokens.get(i))) ? i : -1;
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
