package org.geostance.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geostance.targets.AliasKind;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Folding;
import org.geostance.text.Token;

/**
 * A stand-in for the target matcher in tests: finds given surface forms (matched on token keys, multi-token
 * allowed) and reports them as mentions.
 */
final class TestMentions {
    /** A small alias table: folded surface → target and kind. */
    static final Map<String, Object[]> DEFAULT = new LinkedHashMap<>();

    static {
        alias("USA", AliasKind.NAME, "États-Unis", "Etats-Unis", "United States", "Amérique", "America", "U.S.", "US");
        alias("USA", AliasKind.DEMONYM, "américain", "américaine", "américains", "américaines", "American", "Americans");
        alias("USA", AliasKind.CAPITAL, "Washington");
        alias("USA", AliasKind.SEAT, "Maison-Blanche", "White House", "Pentagone", "Pentagon");
        alias("TUR", AliasKind.NAME, "Turquie", "Turkey", "Türkiye");
        alias("TUR", AliasKind.DEMONYM, "turc", "turque", "turcs", "turques", "Turkish");
        alias("TUR", AliasKind.CAPITAL, "Ankara");
        alias("TUR", AliasKind.LEADER, "Erdogan", "Erdoğan");
        alias("ISR", AliasKind.NAME, "Israël", "Israel");
        alias("ISR", AliasKind.DEMONYM, "israélien", "israélienne", "israéliens", "israéliennes", "Israeli", "Israelis");
        alias("ISR", AliasKind.CAPITAL, "Tel-Aviv", "Tel Aviv");
        alias("ISR", AliasKind.LABEL, "sioniste", "Zionist");
    }

    private static void alias(String target, AliasKind kind, String... surfaces) {
        for (String s : surfaces) {
            DEFAULT.put(Folding.key(s), new Object[] {target, kind, s});
        }
    }

    private TestMentions() {}

    static List<Mention> find(AnalyzedText text) {
        return find(text, DEFAULT);
    }

    static List<Mention> find(AnalyzedText text, Map<String, Object[]> aliases) {
        List<Token> tokens = text.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matchedEnd = -1;
            Object[] matched = null;
            StringBuilder surface = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
                if (j > i) {
                    surface.append(' ');
                }
                surface.append(tokens.get(j).key());
                Object[] hit = aliases.get(surface.toString());
                // "US" only in capitals: "us" is a pronoun.
                if (hit != null && !(tokens.get(j).text().equals("us"))) {
                    matched = hit;
                    matchedEnd = j + 1;
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(matchedEnd - 1);
            out.add(new Mention((String) matched[0], (String) matched[2], (AliasKind) matched[1], i, matchedEnd,
                    first.begin(), last.end()));
            i = matchedEnd;
        }
        return out;
    }
}
