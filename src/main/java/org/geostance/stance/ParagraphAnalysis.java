package org.geostance.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geostance.targets.AliasKind;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Sentence;
import org.geostance.text.Token;

/**
 * Scores one analysed paragraph: finds cues, their modifiers (negation, intensity, contrast, quotation), the
 * target each cue is about, and who says it. One instance per call; all per-token facts are computed once,
 * into arrays, and every later step is a bounded scan over them.
 */
final class ParagraphAnalysis {
    private static final int NONE = -1;
    private static final java.util.regex.Pattern FRENCH_PARTICIPLE = java.util.regex.Pattern.compile("[ui]e?s?$");
    private static final java.util.regex.Pattern INVERTED =
            java.util.regex.Pattern.compile("(.+?)(?:-t)?-(?:il|elle|ils|elles|on)");

    private final Lexicon lex;
    private final Actors actors;
    private final StanceEngine.Params params;
    private final ConfidenceTable confidences;
    private final AnalyzedText text;
    private final String language;
    private final boolean english;
    private final List<Token> tokens;
    private final int n;
    private final Mention[] mentions;

    private final String[] key;
    private final String[] stem;
    private final boolean[] word;
    private final long[] fn;
    private final int[] sentence;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] clause;
    private int[] clauseStart;
    private int[] clauseEnd;
    /** Token is inside a real quotation (not a scare quote) — the quote marks excluded. */
    private final boolean[] quoted;
    private final boolean[] quoteMark;
    private final boolean[] openMark;
    /** A French verb with its pronoun subject after it: « dit-il », « a-t-elle ». */
    private final boolean[] inverted;
    /** The quote character a token is (« » " “ ”), else 0. */
    private final char[] quoteChar;
    private final int[] mentionAt;
    private final boolean[] speakerMention;
    private final int[] holderAt;
    private final List<String[]> holders = new ArrayList<>();
    private final boolean[] usedReporting;
    /** The speaker the article's previous paragraph ended with, or null. */
    private final Speaker carried;

    private final List<Occ> occs = new ArrayList<>();
    private final int[] occAt;

    ParagraphAnalysis(Lexicon lex, Actors actors, StanceEngine.Params params, ConfidenceTable confidences,
                      AnalyzedText text, String language, List<Mention> sortedMentions, Speaker carried) {
        this.lex = lex;
        this.actors = actors;
        this.params = params;
        this.confidences = confidences;
        this.text = text;
        this.language = language;
        this.english = "en".equals(language);
        this.tokens = text.tokens();
        this.n = tokens.size();
        this.mentions = sortedMentions.toArray(new Mention[0]);
        this.carried = carried;
        key = new String[n];
        stem = new String[n];
        word = new boolean[n];
        fn = new long[n];
        sentence = new int[n];
        clause = new int[n];
        quoted = new boolean[n];
        quoteMark = new boolean[n];
        openMark = new boolean[n];
        inverted = new boolean[n];
        quoteChar = new char[n];
        mentionAt = new int[n];
        holderAt = new int[n];
        occAt = new int[n];
        usedReporting = new boolean[n];
        speakerMention = new boolean[mentions.length];
        List<Sentence> sentences = text.sentences();
        int sCount = Math.max(1, sentences.size());
        sentenceStart = new int[sCount];
        sentenceEnd = new int[sCount];
    }

    List<TargetStance> run() {
        findSpeakers();
        return aggregate(attachAll());
    }

    /**
     * The speaker of a quotation left open at the paragraph's end (by the convention of English and French copy
     * alike, a quotation that runs on into the next paragraph is not closed before it), for the article's next
     * paragraph; null when the paragraph ends outside a quotation or the quotation has no known speaker. A closed
     * quotation hands nothing on: a paragraph that opens a new one names its speaker, or the rules missed it.
     */
    Speaker closingSpeaker() {
        findSpeakers();
        for (int i = n - 1; i >= 0; i--) {
            if (quoteMark[i] || isWord(i) && !quoted[i]) {
                return null;
            }
            if (quoted[i]) {
                return holderAt[i] == NONE ? null : new Speaker(holders.get(holderAt[i])[0], holders.get(holderAt[i])[1]);
            }
        }
        return null;
    }

    private void findSpeakers() {
        prepareTokens();
        findQuotes();
        findClauses();
        findCues();
        findHolders();
    }

    // ---------------------------------------------------------------- per-token facts

    private void prepareTokens() {
        Stems stems = Stems.of(language);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            key[i] = t.key();
            word[i] = t.isWord();
            if (word[i]) {
                stem[i] = stems.stem(t.text());
                java.util.regex.Matcher inv = english || key[i].indexOf('-') < 0 ? null : INVERTED.matcher(key[i]);
                if (inv != null && inv.matches()) {
                    // « dit-il », « a-t-elle »: the verb's roles, and a pronoun subject after it.
                    inverted[i] = true;
                    fn[i] = lex.fn(inv.group(1), stems.stem(inv.group(1)));
                }
            } else {
                stem[i] = key[i];
                char q = key[i].length() == 1 ? key[i].charAt(0) : 0;
                if (q == '«' || q == '»' || q == '"' || q == '“' || q == '”') {
                    quoteChar[i] = q;
                }
            }
            fn[i] |= lex.fn(key[i], stem[i]);
            if (!english && key[i].equals("a")) {
                // Folding makes « à » (to) and « a » (has) one key: the accent decides which role applies.
                fn[i] &= t.text().equalsIgnoreCase("a")
                        ? ~(Fn.BENEFICIARY_MARKER.bit() | Fn.PLACE_PREPOSITION.bit() | Fn.SETTING.bit())
                        : ~Fn.AUXILIARY.bit();
            }
        }
        Arrays.fill(mentionAt, NONE);
        for (int m = 0; m < mentions.length; m++) {
            Mention mention = mentions[m];
            for (int i = Math.max(0, mention.firstToken()); i < Math.min(n, mention.endToken()); i++) {
                if (mentionAt[i] == NONE) {
                    mentionAt[i] = m;
                }
            }
        }
        Arrays.fill(holderAt, NONE);
        Arrays.fill(occAt, NONE);
        List<Sentence> sentences = text.sentences();
        if (sentences.isEmpty()) {
            sentenceStart[0] = 0;
            sentenceEnd[0] = n;
        } else {
            for (int s = 0; s < sentences.size(); s++) {
                sentenceStart[s] = sentences.get(s).firstToken();
                sentenceEnd[s] = sentences.get(s).endToken();
                for (int i = sentenceStart[s]; i < sentenceEnd[s] && i < n; i++) {
                    sentence[i] = s;
                }
            }
        }
    }

    private boolean has(int i, Fn role) {
        return i >= 0 && i < n && (fn[i] & role.bit()) != 0;
    }

    private boolean isWord(int i) {
        return word[i];
    }

    /**
     * Roles that leave a word a content word to these rules: act nouns and stand-ins (demonstrative ones too) are
     * nouns; a preposition's role is only StandIns' (counting prepositions as function words here moved
     * nearest-target attachments across "from", "about": dev2 en −0.018). The roles from impersonal on name words for one rule each: they leave a
     * word what its other roles make it.
     */
    private static final long CONTENT_ROLES = Fn.ACT_NOUN.bit() | Fn.STAND_IN.bit() | Fn.PREPOSITION.bit()
            | Fn.IMPERSONAL.bit() | Fn.THIRD_PERSON.bit() | Fn.REFLEXIVE.bit() | Fn.DEFINITE.bit()
            | Fn.ACCORDING.bit() | Fn.LEADER.bit() | Fn.CLITIC_OBJECT.bit() | Fn.GERUND_MARKER.bit()
            | Fn.GERUND_ADVERB.bit() | Fn.SUBJECT_RELATIVE.bit() | Fn.ASIDE.bit()
            | Fn.OBSTRUCTION.bit() | Fn.RELATIVE.bit() | Fn.ACCORDING_PREPOSITION.bit() | Fn.PERSON.bit()
            | Fn.GROUP_PRONOUN.bit() | Fn.SPEAKER_POSSESSIVE.bit() | Fn.PLACE_PREPOSITION.bit()
            | Fn.SOURCE_PREPOSITION.bit() | Fn.CONDITION.bit() | Fn.ELIDED_OBJECT.bit()
            | Fn.GENITIVE.bit() | Fn.DEMONSTRATIVE.bit() | Fn.DEMONSTRATIVE_STAND_IN.bit() | Fn.TOLERANCE.bit()
            | Fn.SETTING.bit() | Fn.BARE_REPORT.bit() | Fn.PARALLEL.bit();

    private boolean functionWord(int i) {
        return (fn[i] & ~CONTENT_ROLES) != 0;
    }

    private boolean isContent(int i) {
        return isWord(i) && !functionWord(i) && mentionAt[i] == NONE;
    }

    private boolean isCloseQuote(int i) {
        return i >= 0 && i < n && (quoteChar[i] == '»' || quoteChar[i] == '”' || quoteChar[i] == '"');
    }

    /** Pairs quote marks; long spans are quotations (clause boundaries, speakers), short ones scare quotes. */
    private void findQuotes() {
        int open = NONE;
        for (int i = 0; i < n; i++) {
            char q = quoteChar[i];
            boolean ascii = q == '"';
            if (q == '«' || q == '“' || (ascii && open == NONE)) {
                open = i;
            } else if ((q == '»' || q == '”' || ascii) && open != NONE) {
                markQuote(open, i);
                open = NONE;
            }
        }
        if (open != NONE && n - open > 6) {
            markQuote(open, n); // a quotation that runs on into the next paragraph
        }
    }

    private void markQuote(int open, int close) {
        int words = 0;
        boolean punctuated = false;
        for (int i = open + 1; i < close; i++) {
            if (isWord(i)) {
                words++;
            } else if (",;:.!?".contains(key[i])) {
                punctuated = true;
            }
        }
        if (words <= 4 && !punctuated) {
            return; // scare quote: « partenaire puissant » reads on as part of the clause
        }
        quoteMark[open] = true;
        openMark[open] = true;
        if (close < n) {
            quoteMark[close] = true;
        }
        for (int i = open + 1; i < close; i++) {
            quoted[i] = true;
        }
    }

    /**
     * « a salué « la patience, la fermeté et la sagesse » du gouvernement turc »: a quotation closed before « de »
     * was the head of a noun phrase that goes on; the clause goes on with it.
     */
    private boolean quotedHeadOfComplement(int mark) {
        return !english && !openMark[mark] && mark + 1 < n && has(mark + 1, Fn.OF_MARKER);
    }

    /**
     * Clause boundaries inside sentences: ; : ( ) dashes, quotation marks, relative pronouns and subordinators,
     * contrast markers, a comma followed by a conjunction, pronoun or participle of speech, and « et » / "and"
     * when a new subject, negation, auxiliary or verb cue follows.
     */
    private void findClauses() {
        int c = -1;
        int sent = -1;
        boolean relative = false;
        for (int i = 0; i < n; i++) {
            boolean boundary = false;
            if (sentence[i] != sent) {
                sent = sentence[i];
                boundary = true;
            } else {
                String k = key[i];
                if (k.equals(";") || k.equals(":") || k.equals("(") || k.equals(")") || k.equals("—") || k.equals("–")) {
                    boundary = true;
                } else if (quoteMark[i] && (!openMark[i] || !isWord(i - 1)) && !quotedHeadOfComplement(i)
                        || i > 0 && quoteMark[i - 1] && !openMark[i - 1] && !isWord(i)) {
                    // A quotation opened after a word (« a dénoncé « l'élection la plus injuste » ») is part
                    // of its sentence's clause; one opened after punctuation, or closed before it, is not.
                    boundary = true;
                } else if (has(i, Fn.BOUNDARY) || has(i, Fn.CONTRAST) && !has(i - 1, Fn.NEGATOR)) {
                    // « sans toutefois condamner X », "without, however, …": the negator governs what follows.
                    boundary = true;
                } else if (has(i, Fn.CONJUNCTION)) {
                    boundary = (i > 0 && key[i - 1].equals(",")) || startsPredicate(i + 1)
                            || english && coordinatedPastVerb(i + 1);
                } else if (!english && i > 0 && key[i - 1].equals(",") && (asideAt(i) || asideAt(asideStart(i - 1)))) {
                    boundary = false; // « Washington, lui, a été accusé … »: a short aside cuts no clause
                } else if (i > 0 && key[i - 1].equals(",")
                        && (has(i, Fn.SUBJECT_PRONOUN) || has(i, Fn.REPORTING_VERB) || has(i, Fn.CITING))) {
                    boundary = true;
                } else if (!english && i > 0 && key[i - 1].equals(",") && (startsPredicate(i) || gerund(i))) {
                    // « …, saluant X », « …, tout en saluant X »: a participle clause has its own object.
                    boundary = true;
                } else if (relative && key[i - 1].equals(",")) {
                    boundary = true; // "Egypt, which mediated the truce, condemned …": the comma closes the relative
                } else if (english && has(i - 1, Fn.REPORTING_VERB) && !has(i - 1, Fn.CITING)
                        && (mentionAt[i] != NONE || has(i, Fn.DETERMINER) || has(i, Fn.SUBJECT_PRONOUN))) {
                    // "officials said Israel had…": the reported clause starts without "that"
                    boundary = true;
                }
            }
            if (boundary) {
                c++;
                relative = i > 0 && key[i - 1].equals(",") && has(i, Fn.SUBJECT_RELATIVE);
            }
            clause[i] = c;
        }
        int count = c + 1;
        clauseStart = new int[Math.max(1, count)];
        clauseEnd = new int[Math.max(1, count)];
        Arrays.fill(clauseStart, n);
        for (int i = 0; i < n; i++) {
            clauseStart[clause[i]] = Math.min(clauseStart[clause[i]], i);
            clauseEnd[clause[i]] = i + 1;
        }
    }

    private static final int ASIDE_WORDS = 3;

    /**
     * « X, lui, a … », « X, quant à elle, a … »: from i, at most three words between commas, each a function word,
     * one of them an aside word, after a word that is no comma and before a verb. After the verb (« dénoncent,
     * elles, un … ») the aside still ends the verb's clause.
     */
    private boolean asideAt(int i) {
        if (i < 2 || !key[i - 1].equals(",") || key[i - 2].equals(",")) {
            return false;
        }
        boolean aside = false;
        for (int j = i; j < Math.min(n, i + ASIDE_WORDS + 1); j++) {
            if (key[j].equals(",")) {
                return aside && j > i && startsPredicate(j + 1);
            }
            if (!isWord(j) || !has(j, Fn.ASIDE) && !functionWord(j)) {
                return false;
            }
            aside |= has(j, Fn.ASIDE);
        }
        return false;
    }

    /** The first word after the comma before the one at {@code comma}, when it is at most three words back. */
    private int asideStart(int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - ASIDE_WORDS - 1); j--) {
            if (key[j].equals(",")) {
                return j + 1;
            }
        }
        return 0;
    }

    /** « en saluant », « tout en dénonçant »: the French gerund. */
    private boolean gerund(int i) {
        int en = has(i, Fn.GERUND_ADVERB) ? i + 1 : i;
        return en + 1 < n && has(en, Fn.GERUND_MARKER) && key[en + 1].endsWith("ant");
    }

    /** After « et » / "and": does a new predicate start here (pronoun, negation, auxiliary, verb cue)? */
    private boolean startsPredicate(int i) {
        if (i >= n) {
            return false;
        }
        if (has(i, Fn.SUBJECT_PRONOUN) || has(i, Fn.NEGATOR) || has(i, Fn.AUXILIARY) || has(i, Fn.REPORTING_VERB)) {
            return true;
        }
        Cue[] cues = lex.cuesByFirstStem.get(stem[i]);
        if (cues != null) {
            for (Cue cue : cues) {
                CueClass k = cue.cueClass();
                if (k == CueClass.SPEECH_VERB || k == CueClass.ACT_VERB || k == CueClass.PREDICATE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "condemned the attack and offered its condolences to …": a past form in -ed right after "and", with a
     * determiner after it, is a second verb with its own object, though the lexicon does not list it.
     */
    private boolean coordinatedPastVerb(int i) {
        return i + 1 < n && key[i].endsWith("ed") && mentionAt[i] == NONE && has(i + 1, Fn.DETERMINER);
    }

    private boolean sameClause(int a, int b) {
        return a >= 0 && b >= 0 && a < n && b < n && clause[a] == clause[b];
    }

    // ---------------------------------------------------------------- cues

    private record Occ(Cue cue, int start, int end) {}

    private void findCues() {
        int i = 0;
        while (i < n) {
            Cue matched = null;
            if (isWord(i) && english && mentionAt[i] != NONE && key[i].lastIndexOf('-') > 0) {
                matched = longestMatch(lex.cuesByFirstStem.get(compoundHead(i)), i);
            }
            if (matched == null && isWord(i)) {
                matched = longestMatch(lex.cuesByFirstStem.get(stem[i]), i);
                if (lex.hasExactForms) {
                    Cue exact = longestMatch(lex.cuesByFirstExact.get(key[i]), i);
                    if (exact != null && (matched == null || exact.stems().length >= matched.stems().length)) {
                        matched = exact;
                    }
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            if (matched.has(CueFlag.OPENS_CLAUSE) && !opensClause(i)) {
                i++;
                continue;
            }
            int end = matchEnd(matched, i);
            if (english && partOfName(matched, i, end)) {
                i = end;
                continue;
            }
            occAt[i] = occs.size();
            occs.add(new Occ(matched, i, end));
            i = end;
        }
    }

    /** The token opens its clause or follows punctuation (a quote mark, a colon). */
    private boolean opensClause(int i) {
        return i == 0 || !isWord(i - 1) || clause[i - 1] != clause[i];
    }

    /**
     * "the Countering America's Adversaries Through Sanctions Act", "the International Criminal Court": capitalised
     * words of a cue followed by another name word qualify that name, they judge no one. A name's last word is its
     * head and keeps its sense ("the Abraham Accords" are an agreement). Labels are names by nature; a target's
     * compound ("US-brokered") is no name word.
     */
    private boolean partOfName(Cue cue, int start, int end) {
        if (cue.cueClass() == CueClass.LABEL) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Character.isUpperCase(tokens.get(k).text().codePointAt(0)) || mentionAt[k] != NONE) {
                return false;
            }
        }
        return end < n && isName(end) && mentionAt[end] == NONE;
    }

    /** The stem of what follows the last hyphen of a token: "backed" in "U.S.-backed". */
    private String compoundHead(int i) {
        return Stems.of(language).stem(key[i].substring(key[i].lastIndexOf('-') + 1));
    }

    /** The token is a reference with a cue's first word after its hyphen ("U.S.-backed militias"). */
    private boolean compoundCue(Occ occ) {
        return mentionAt[occ.start()] != NONE && occ.cue().cueClass() != CueClass.LABEL;
    }

    private Cue longestMatch(Cue[] candidates, int start) {
        if (candidates != null) {
            for (Cue cue : candidates) { // longest first
                if (matches(cue, start)) {
                    return cue;
                }
            }
        }
        return null;
    }

    /**
     * All the cue's words match, and lie outside any reference, except for a label cue, whose words all lie
     * inside one reference (« régime sioniste »: the label's own pejorative word).
     */
    private boolean matches(Cue cue, int start) {
        return matchEnd(cue, start) >= 0;
    }

    /**
     * The end of the cue's match at {@code start}, or -1. An English phrase may have a quote mark between its
     * words: news quotes part of an idiom ("turned 'a blind eye'", "would play 'a lead role'").
     */
    private int matchEnd(Cue cue, int start) {
        String[] stems = cue.stems();
        if (start + stems.length > n) {
            return -1;
        }
        boolean label = cue.cueClass() == CueClass.LABEL;
        int inside = mentionAt[start];
        if (label != (inside != NONE)) {
            if (label || !english || key[start].lastIndexOf('-') <= 0) {
                return -1;
            }
            inside = NONE; // "U.S.-backed militias": the words after the compound lie outside any reference
        }
        int i = start;
        for (int k = 1; k < stems.length; k++) {
            i++;
            if (english && i < n - 1 && quoteChar[i] != 0) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            String want = stems[k];
            boolean ok = want.charAt(0) == '=' ? want.regionMatches(1, key[i], 0, key[i].length())
                    && want.length() == key[i].length() + 1 : want.equals(stem[i]);
            if (!ok || mentionAt[i] != inside) {
                return -1;
            }
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- speakers

    private int addHolder(String name, String country) {
        for (int h = 0; h < holders.size(); h++) {
            if (holders.get(h)[0].equals(name)) {
                return h;
            }
        }
        holders.add(new String[] {name, country});
        return holders.size() - 1;
    }

    private void assignHolder(int from, int to, int holder) {
        if (holder == NONE) {
            return;
        }
        for (int i = Math.max(0, from); i < Math.min(n, to); i++) {
            if (holderAt[i] == NONE) {
                holderAt[i] = holder;
            }
        }
    }

    /** Tokens a statement's setting ("at a news conference in Ankara on Monday") may take before what is said. */
    private static final int SETTING_LENGTH = 10;

    private void findHolders() {
        // 1. Quotations: « ... », a déclaré X / X a déclaré : « ... » / "...", X said.
        int previousHolder = NONE;
        int previousClose = NONE;
        for (int o = 0; o < n; o++) {
            if (!quoteMark[o] || (o + 1 < n && !quoted[o + 1]) || (o > 0 && quoted[o - 1])) {
                continue;
            }
            int c = o + 1;
            while (c < n && quoted[c]) {
                c++;
            }
            int holder = holderAfterQuote(c);
            if (holder == NONE) {
                holder = holderBeforeQuote(o);
            }
            if (holder == NONE && continuesQuote(o, previousClose)) {
                holder = previousHolder; // "…," Erdogan said. "We will not forget…": the same speaker goes on
            }
            if (holder == NONE && carried != null && previousClose == NONE && opensParagraph(o)) {
                // A paragraph that opens by going on with a quotation: the previous paragraph's speaker.
                holder = addHolder(carried.name(), carried.country());
            }
            assignHolder(o, c + 1, holder);
            previousHolder = holder;
            previousClose = c;
        }
        // 2. Reported speech without quotation marks.
        for (int v = 0; v < n; v++) {
            if (!has(v, Fn.REPORTING_VERB) || usedReporting[v] || quoted[v] || presentParticiple(v)) {
                continue;
            }
            int s = sentence[v];
            int next = v + 1;
            if (english && has(next, Fn.ACCORDING_PREPOSITION)) {
                next++; // according to
            }
            boolean prepositional = has(v, Fn.CITING) || isSelon(v);
            if (prepositional) {
                int holder = speakerAfter(next);
                if (v <= sentenceStart[s] + 1) {
                    assignHolder(v, sentenceEnd[s], holder);
                } else {
                    assignHolder(sentenceStart[s], v, holder);
                }
                continue;
            }
            // (« …, a déclaré X » has its auxiliary; English "…, has claimed 150 attacks" is a verb after an aside)
            boolean afterComma = v > sentenceStart[s] && (key[v - 1].equals(",")
                    || !english && has(v - 1, Fn.AUXILIARY) && v > 1 && key[v - 2].equals(","))
                    && !(english && closesRelative(v - 1));
            int[] subject = speakerSpan(v);
            int comma = english && !afterComma ? commaBefore(subject) : NONE;
            if (comma > sentenceStart[s] && settingOnly(next, sentenceEnd[s]) && !notSpoken(v, subject)) {
                // "…, the spokesman said.", "…, officials said on Sunday.", "…, he told reporters in Brussels."
                assignHolder(sentenceStart[s], comma, speakerOf(subject));
            } else if (next < n && (has(next, Fn.COMPLEMENTIZER) || key[next].equals(":") || complementAfterSetting(next)
                    || has(next, Fn.NOT_A_NAME) && !afterComma)) {
                assignHolder(next, reportedEnd(next), speakerOf(subject));
            } else if (afterComma) {
                assignHolder(sentenceStart[s], v, speakerAfter(v + 1)); // ..., a déclaré (mardi) X.
            } else if (english && has(v, Fn.BARE_REPORT) && !notSpoken(v, subject)) {
                assignHolder(next, reportedEnd(next), speakerOf(subject)); // "The spokesman said Turkey was …"
            }
        }
        // 3. The subject of an evaluative verb of speech holds what the verb says, up to the clause where another
        // verb of speech has a subject of its own (« X a salué …, tandis que Y a fustigé … »).
        List<int[]> speakers = new ArrayList<>();
        for (Occ occ : occs) {
            // (a participle, « une décision saluée par Kiev », has no subject before it; a passive's subject,
            // « la Turquie est accusée par… », is the one judged)
            if (occ.cue().cueClass() == CueClass.SPEECH_VERB && holderAt[occ.start()] == NONE && !quoted[occ.start()]
                    && !cueBefore(occ.start()) && !reducedPassive(occ.start()) && !patientPassive(occ)) {
                int h = speakerBefore(occ.start());
                if (h != NONE) {
                    speakers.add(new int[] {occ.start(), h});
                }
            }
        }
        for (int k = 0; k < speakers.size(); k++) {
            int verb = speakers.get(k)[0];
            int end = sentenceEnd[sentence[verb]];
            if (k + 1 < speakers.size() && sentence[speakers.get(k + 1)[0]] == sentence[verb]) {
                end = clauseStart[clause[speakers.get(k + 1)[0]]];
            }
            assignHolder(verb, end, speakers.get(k)[1]);
        }
        // « une mesure dénoncée par Washington », "a move praised by Kyiv", « la Turquie est accusée par ses
        // voisins »: the agent after the participle holds the judgement it carries.
        for (Occ occ : occs) {
            int v = occ.start();
            if (occ.cue().cueClass() == CueClass.SPEECH_VERB && holderAt[v] == NONE && !quoted[v]
                    && (reducedPassive(v) || patientPassive(occ)) && has(v + 1, Fn.AGENT_MARKER)) {
                assignHolder(v, clauseEnd[clause[v]], speakerAfter(v + 2));
            }
        }
        // 4. « …, en soulignant que … », « …, annonçant … »: a participle has no subject of its own; what it
        // reports is said by whoever holds the words before it in the sentence.
        for (int v = 1; v < n; v++) {
            if (has(v, Fn.REPORTING_VERB) && presentParticiple(v) && !quoted[v] && sentence[v - 1] == sentence[v]) {
                assignHolder(v, sentenceEnd[sentence[v]], holderAt[v - 1] != NONE ? holderAt[v - 1]
                        : v > 1 ? holderAt[v - 2] : NONE);
            }
        }
    }

    /**
     * « la Turquie est accusée (par…) »: a French verb of speech in the passive judges its subject. Entries that
     * are no verb (flag not-a-verb: « préoccupé », « inquiet ») name what the subject feels, and their subject
     * still speaks.
     */
    private boolean patientPassive(Occ occ) {
        return !english && !occ.cue().has(CueFlag.NOT_A_VERB) && passive(occ.start());
    }

    /**
     * « soulignant », « affirmant », "saying": a present participle or gerund, never followed by its subject
     * ("welcomed the decision, saying settlers …": the settlers do not speak). "according to X" names its speaker.
     */
    private boolean presentParticiple(int v) {
        if (english) {
            return key[v].endsWith("ing") && !has(v, Fn.CITING) && !has(v + 1, Fn.ACCORDING_PREPOSITION);
        }
        return !has(v, Fn.CITING) && key[v].endsWith("ant");
    }

    /** "The Front, which seeks independence, said the U.S. …": the comma closes a relative clause, not a quotation. */
    private boolean closesRelative(int comma) {
        int start = clauseStart[clause[Math.max(0, comma - 1)]];
        return has(start, Fn.BOUNDARY) && has(start, Fn.RELATIVE);
    }

    /** Another cue earlier in the clause: then this verb is inside that cue's complement, not after a subject. */
    private boolean cueBefore(int verb) {
        for (int j = clauseStart[clause[verb]]; j < verb; j++) {
            if (occAt[j] != NONE) {
                return true;
            }
        }
        return false;
    }

    /** « », s'est félicité X » / "…," X welcomed: an evaluative verb of speech starts a cue here. */
    private boolean isSpeechVerb(int i) {
        return occAt[i] != NONE && occs.get(occAt[i]).cue().cueClass() == CueClass.SPEECH_VERB;
    }

    private boolean isSelon(int v) {
        return has(v, Fn.ACCORDING);
    }

    /** After a closing quote: « , a déclaré X », « , a-t-il ajouté », "…," X said. */
    private int holderAfterQuote(int close) {
        int limit = Math.min(n, close + 8);
        for (int j = close + 1; j < limit; j++) {
            if (quoteMark[j] || (j > close + 1 && ".!?".contains(key[j]))) {
                break;
            }
            if (has(j, Fn.REPORTING_VERB) || isSpeechVerb(j)) {
                if (j == close + 2 && presentParticiple(j)) {
                    return NONE; // "…", accusing X of …: a participle names no speaker; X is what it says
                }
                usedReporting[j] = true;
                boolean speakerFirst = false;
                boolean pronoun = inverted[j];
                for (int k = close + 1; k < j; k++) {
                    if (isWord(k) && !has(k, Fn.AUXILIARY)) {
                        speakerFirst = true;
                    }
                    pronoun |= inverted[k];
                }
                if (pronoun && !speakerFirst) {
                    return pronounSpeaker(close); // « …, a-t-il ajouté »
                }
                return speakerFirst ? speakerBefore(j) : speakerAfter(j + 1);
            }
        }
        return NONE;
    }

    /**
     * A quotation that opens the sentence right after the one where the previous quotation closed with its
     * attribution: the wire's "…," he said. "…" goes on with the same speaker.
     */
    private boolean continuesQuote(int open, int previousClose) {
        if (previousClose == NONE || previousClose >= n || open + 1 >= n
                || sentence[open + 1] != sentence[previousClose] + 1) {
            return false;
        }
        return noWordIn(sentenceStart[sentence[open + 1]], open);
    }

    /**
     * Where reported speech that starts at {@code from} ends: the sentence's end, or a comma before a clause that
     * names a subject of its own ("…, and Israeli officials dismissed …", "…, while opposition parties accuse …",
     * « …, tandis que Y … »). A clause that goes on with the same subject ("…, and called on …", « …, et a
     * appelé … ») or with another "that" ("…, and that …"), a relative ("…, which …") or the speaker's reason
     * ("…, since Washington arms …") is still reported.
     */
    private int reportedEnd(int from) {
        int end = sentenceEnd[sentence[from]];
        for (int j = from; j + 2 < end; j++) {
            int link = j + 1;
            boolean and = has(link, Fn.CONJUNCTION);
            if (key[j].equals(",") && !quoted[j] && (and || has(link, Fn.CONTRAST) || has(link, Fn.PARALLEL))
                    && opensSubject(link + 1, and)) {
                return j;
            }
        }
        return end;
    }

    /** The clause after a link word starts with a subject of its own, not with its verb or another "that". */
    private boolean opensSubject(int i, boolean afterAnd) {
        if (has(i, Fn.COMPLEMENTIZER)) {
            return !afterAnd; // "…, and that …" goes on; « …, tandis que … » opens a clause
        }
        if (has(i, Fn.AUXILIARY) || has(i, Fn.REPORTING_VERB) || occAt[i] != NONE && mentionAt[i] == NONE) {
            return false;
        }
        if (english) {
            return !(Character.isLowerCase(tokens.get(i).text().codePointAt(0))
                    && (key[i].endsWith("ed") || key[i].endsWith("ing")));
        }
        return mentionAt[i] != NONE || isName(i) || has(i, Fn.DETERMINER) || has(i, Fn.SUBJECT_PRONOUN);
    }

    /**
     * « a déclaré lundi à l'AFP que … », « a indiqué dans un communiqué que … », "said on Sunday that …": when,
     * where or to whom a statement was made, then the complementizer that opens what was said. Nothing that could
     * be a clause of its own between them (a cue, an auxiliary, a pronoun subject, a relative, a quotation).
     */
    private boolean complementAfterSetting(int from) {
        if (!has(from, Fn.SETTING) && !has(from, Fn.NOT_A_NAME)) {
            return false;
        }
        for (int j = from + 1; j < Math.min(sentenceEnd[sentence[from]], from + SETTING_LENGTH); j++) {
            if (has(j, Fn.COMPLEMENTIZER)) {
                return true;
            }
            if (occAt[j] != NONE || has(j, Fn.AUXILIARY) || has(j, Fn.COPULA) || has(j, Fn.SUBJECT_PRONOUN)
                    || has(j, Fn.BOUNDARY) || quoteMark[j] || ".;:!?".contains(key[j])) {
                return false;
            }
        }
        return false;
    }

    /**
     * What follows a trailing attribution's verb up to the next comma or the sentence's end only says when, where or to whom
     * ("on Sunday", "in a statement", "reporters in Brussels"): no cue, verb or pronoun, and no target outside a
     * place ("in Ankara"). Then the words before the attribution's comma are the speaker's.
     */
    private boolean settingOnly(int from, int to) {
        boolean place = false;
        for (int j = from; j < to && !",;!?.".contains(key[j]); j++) {
            place |= has(j, Fn.SETTING) || has(j, Fn.PLACE_PREPOSITION);
            if (j - from >= SETTING_LENGTH || occAt[j] != NONE || has(j, Fn.AUXILIARY) || has(j, Fn.COPULA)
                    || has(j, Fn.SUBJECT_PRONOUN) || has(j, Fn.COMPLEMENTIZER) || quoteMark[j] || key[j].equals(":")
                    || mentionAt[j] != NONE && !place) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of speech that reports nothing here: "the said agreement", "its stated aim" (a determiner before it),
     * "was told", "is said to" (a passive: its subject is told, not speaking), "declined to say" (an infinitive),
     * "under stress" (a preposition), "Islamic State" (a name).
     */
    private boolean notSpoken(int verb, int[] subject) {
        int before = subject[1] - 1;
        return verb > sentenceStart[sentence[verb]] && Character.isUpperCase(tokens.get(verb).text().codePointAt(0))
                || before < 0 || has(before, Fn.DETERMINER) || has(before, Fn.POSSESSIVE) || has(before, Fn.GENITIVE)
                || has(before, Fn.COPULA) || has(before, Fn.BENEFICIARY_MARKER) || has(before, Fn.PREPOSITION);
    }

    /** No word before the token: the paragraph opens with it. */
    private boolean opensParagraph(int token) {
        return noWordIn(0, token);
    }

    /** No word among tokens [from, to): only marks and punctuation. */
    private boolean noWordIn(int from, int to) {
        for (int j = from; j < to; j++) {
            if (isWord(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The comma before a verb's subject phrase: it opens a trailing English attribution ("…, the spokesman said");
     * NONE when there is none.
     */
    private int commaBefore(int[] subject) {
        int start = subject[0];
        return start > 0 && key[start - 1].equals(",") ? start - 1 : NONE;
    }

    /** Before an opening quote: « X a déclaré : », « X a déclaré que l'accord « … » ». */
    private int holderBeforeQuote(int open) {
        int s = sentence[open];
        for (int j = open - 1; j >= Math.max(sentenceStart[s], open - 8); j--) {
            if (quoteMark[j]) {
                break;
            }
            if (has(j, Fn.REPORTING_VERB)) {
                usedReporting[j] = true;
                return isSelon(j) || has(j, Fn.CITING) ? speakerAfter(j + 1) : speakerBefore(j);
            }
        }
        return NONE;
    }

    /** The subject phrase before a verb of speech, {start, end}: empty when a break comes first. */
    private int[] speakerSpan(int verb) {
        int s = sentence[Math.min(verb, n - 1)];
        int end = verb;
        while (end > sentenceStart[s] && (has(end - 1, Fn.AUXILIARY) || has(end - 1, Fn.NEGATOR)
                || has(end - 1, Fn.INTENSIFIER) || has(end - 1, Fn.NEGATION_COMPLEMENT) || key[end - 1].startsWith("-t-")
                || !english && end - 1 > sentenceStart[s] && has(end - 1, Fn.ELIDED_OBJECT))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart[s] && end - start < 8) {
            String k = key[start - 1];
            // A dash before the subject ends a dateline: "ANKARA (Reuters) - Turkish officials said" (one right
            // before the verb closes an aside, and the subject is further back).
            if (k.equals(",") || quoteMark[start - 1] || ";:".contains(k) || has(start - 1, Fn.BOUNDARY)
                    || has(start - 1, Fn.CONTRAST) || has(start - 1, Fn.CONJUNCTION) || has(start - 1, Fn.REPORTING_VERB)
                    || start < end && tokens.get(start - 1).isDash()) {
                break;
            }
            start--;
        }
        return new int[] {start, end};
    }

    /** The subject of a verb: a target mention, a name, a pronoun (resolved to the last speaker) or a title. */
    private int speakerBefore(int verb) {
        return speakerOf(speakerSpan(verb));
    }

    /** The speaker a subject phrase of {@link #speakerSpan} names. */
    private int speakerOf(int[] subject) {
        int start = subject[0];
        int end = subject[1];
        if (start >= end) {
            return NONE;
        }
        if (has(start, Fn.SUBJECT_PRONOUN) && nameRun(start, end)[0] == NONE && country(start, end) == null) {
            return pronounSpeaker(start); // "he said", « il a ensuite fustigé »
        }
        return speakerIn(start, end);
    }

    /**
     * Who a pronoun subject of a verb of speech is: the last speaker found so far; else the one person the
     * paragraph names before it (a leader of a target, a person in actors.json, or a full name after a title
     * or a comma). When two people are named and neither has spoken yet, the pronoun stays unresolved.
     */
    private int pronounSpeaker(int before) {
        if (!holders.isEmpty()) {
            return holders.size() - 1;
        }
        String name = null;
        String country = null;
        for (int j = before - 1; j >= 0; j--) {
            String found = null;
            String where = null;
            int m = mentionAt[j];
            if (m != NONE && mentions[m].kind() == AliasKind.LEADER) {
                found = text.text().substring(mentions[m].begin(), Math.min(mentions[m].end(), text.text().length()));
                where = mentions[m].target();
                j = mentions[m].firstToken();
            } else if (m == NONE && isName(j) && (actors.named(key[j]) != null
                    || j > 0 && isName(j - 1) && j > 1 && (key[j - 2].equals(",") || isWord(j - 2) && !isName(j - 2)))) {
                int first = j;
                while (first > 0 && isName(first - 1)) {
                    first--;
                }
                found = span(first, j + 1);
                where = country(first, j + 1);
                j = first;
            }
            if (found == null) {
                continue;
            }
            if (name != null && !name.equals(found) && !name.contains(found) && !found.contains(name)) {
                return NONE; // two people: not safe to choose
            }
            if (name == null || found.length() > name.length()) {
                name = found;
                country = where;
            }
        }
        return name == null ? NONE : addHolder(name, country);
    }

    /** The speaker named after a verb of speech: « a déclaré mercredi le ministre turc, Mevlüt Çavuşoğlu, … ». */
    private int speakerAfter(int from) {
        if (from >= n) {
            return NONE;
        }
        int s = sentence[from];
        int end = Math.min(sentenceEnd[s], from + 20);
        while (from < end && has(from, Fn.NOT_A_NAME)) {
            from++; // « a indiqué mardi le ministère »
        }
        if (from < end && has(from, Fn.ASIDE)) {
            return pronounSpeaker(from); // « selon lui », « selon elle »
        }
        int seg1 = from;
        // The speaker's name ends where the setting of the statement begins: "said the spokesman on Sunday",
        // « a indiqué le ministère dans un communiqué ».
        while (seg1 < end && !key[seg1].equals(",") && !quoteMark[seg1] && !".!?".contains(key[seg1])
                && !(seg1 > from && has(seg1, Fn.SETTING))) {
            if (has(seg1, Fn.CITING)) {
                return speakerAfter(seg1 + 1);
            }
            seg1++;
        }
        int named = speakerIn(from, seg1);
        if (named != NONE && !holders.get(named)[0].contains(" ") && nameRun(from, seg1)[0] == NONE
                && seg1 < end && key[seg1].equals(",")) {
            // A title before an apposition: prefer the name after the comma when there is one.
            int[] run = nameRun(seg1 + 1, Math.min(end, seg1 + 6));
            if (run[0] == seg1 + 1) {
                return addHolder(span(run[0], run[1]), country(from, run[1]));
            }
        }
        if (named != NONE && nameRun(from, seg1)[0] == NONE && seg1 < end && key[seg1].equals(",")) {
            int[] run = nameRun(seg1 + 1, Math.min(end, seg1 + 6));
            if (run[0] == seg1 + 1) {
                return addHolder(span(run[0], run[1]), country(from, run[1]));
            }
        }
        return named;
    }

    /** Who the tokens [from, to) name: target mention, proper name, or the phrase itself with a demonym. */
    private int speakerIn(int from, int to) {
        for (int i = from; i < to; i++) {
            int m = mentionAt[i];
            if (m != NONE) {
                Mention mention = mentions[m];
                speakerMention[m] = true;
                AliasKind kind = mention.kind();
                if (kind == AliasKind.DEMONYM) {
                    return addHolder(phrase(from, to), mention.target());
                }
                return addHolder(text.text().substring(mention.begin(), Math.min(mention.end(), text.text().length())),
                        mention.target());
            }
        }
        int[] run = nameRun(from, to);
        if (run[0] != NONE) {
            return addHolder(span(run[0], run[1]), country(from, to));
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            if (isWord(i)) {
                words++;
            }
        }
        if (words == 0) {
            return NONE;
        }
        String country = country(from, to);
        // An untitled common noun phrase (« le peuple ») is not a speaker we can name.
        return country == null && words > 4 ? NONE : addHolder(phrase(from, to), country);
    }

    /** The first run of capitalised words that are not function words, days or months; NONE if none. */
    private int[] nameRun(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isName(i) && !(i > from && has(i - 1, Fn.OF_MARKER))) {
                int j = i + 1;
                while (j < to && (isName(j) || (key[j].equals("-")))) {
                    j++;
                }
                return new int[] {i, j};
            }
        }
        return new int[] {NONE, NONE};
    }

    private boolean isName(int i) {
        String t = tokens.get(i).text();
        return isWord(i) && Character.isUpperCase(t.codePointAt(0)) && !functionWord(i) && !has(i, Fn.NOT_A_NAME)
                && (i == 0 || !".!?".contains(key[i - 1]) || !has(i, Fn.DETERMINER));
    }

    private String country(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            String person = actors.named(key[i]);
            if (person != null) {
                return person;
            }
        }
        for (int i = from; i < to; i++) {
            String demonym = actors.demonym(language, stem[i]);
            if (demonym != null) {
                return demonym;
            }
        }
        return null;
    }

    /** A speaker phrase without leading determiners or time words. */
    private String phrase(int from, int to) {
        while (from < to && (has(from, Fn.NOT_A_NAME) || !isWord(from))) {
            from++;
        }
        return from < to ? span(from, to) : "author";
    }

    private String span(int from, int to) {
        return text.text().substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    // ---------------------------------------------------------------- attachment

    /** A cue's target: mention index, the rule that found it, a weight factor; victim means no stance. */
    private record Attach(int mention, String rule, double factor, boolean victim) {}

    /** Weight kept by a cue that reaches the one target of its sentence from another clause. */
    private static final double SENTENCE_FALLBACK_FACTOR = 0.5;
    private static final Attach DROP = new Attach(NONE, "dropped", 0, false);

    private Attach[] memo;

    private List<Ev> attachAll() {
        memo = new Attach[occs.size()];
        List<Ev> out = new ArrayList<>();
        boolean[] suppressed = new boolean[occs.size()];
        int[] deferredTo = new int[occs.size()];
        Arrays.fill(deferredTo, NONE);
        Attach[] attached = new Attach[occs.size()];
        for (int o = 0; o < occs.size(); o++) {
            Occ occ = occs.get(o);
            if (occ.cue().cueClass() == CueClass.SPEECH_VERB) {
                int[] deferred = {NONE};
                attached[o] = attachSpeech(occ, deferred);
                deferredTo[o] = deferred[0];
            } else {
                attached[o] = attach(o);
            }
        }
        // « accuse X de … » / "accused X of …": favourable words in what X is accused of are not praise.
        for (int o = 0; o < occs.size(); o++) {
            Occ occ = occs.get(o);
            Attach a = attached[o];
            if (occ.cue().cueClass() != CueClass.SPEECH_VERB || occ.cue().weight() >= 0 || a == null || a == DROP
                    || a.mention() == NONE || a.victim()) {
                continue;
            }
            int after = mentions[a.mention()].endToken();
            if (after < n && has(after, Fn.OF_MARKER) && sameClause(after, occ.start())) {
                for (int p = o + 1; p < occs.size(); p++) {
                    Occ inner = occs.get(p);
                    if (inner.start() > after && sameClause(inner.start(), occ.start()) && inner.cue().weight() > 0) {
                        suppressed[p] = true;
                    }
                }
            }
        }
        // A verb of speech that evaluates an act overrides the act's own polarity when they disagree.
        for (int o = 0; o < occs.size(); o++) {
            int d = deferredTo[o];
            if (d != NONE && Math.signum(occs.get(o).cue().weight()) != Math.signum(occs.get(d).cue().weight())) {
                suppressed[d] = true;
            }
        }
        for (int o = 0; o < occs.size(); o++) {
            Attach a = attached[o];
            if (a == null || a == DROP || a.mention() == NONE || suppressed[o]) {
                continue;
            }
            Occ deferred = deferredTo[o] != NONE ? occs.get(deferredTo[o]) : null;
            boolean giver = byGiver(occs.get(o), a);
            if (!giver) {
                out.add(evidence(occs.get(o), a, deferred));
            }
            Attach receiver = receiverOfSupport(occs.get(o), a);
            if (receiver != null) {
                out.add(evidence(occs.get(o), receiver, null));
            }
            if (!giver && !a.rule().equals("nearest-target") && !a.rule().equals("pejorative-label")) {
                // "praised Washington and the White House", "Daniel Hagari, the Israeli spokesman": one cue counts
                // once for each target it reaches, however many of its names are coordinated
                int m = coordinated(a.mention());
                Set<String> reached = m == NONE ? Set.of() : new HashSet<>(List.of(mentions[a.mention()].target()));
                for (; m != NONE; m = coordinated(m)) {
                    if (reached.add(mentions[m].target())) {
                        out.add(evidence(occs.get(o), new Attach(m, a.rule(), a.factor(), a.victim()), deferred));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Flag to-receiver: « son soutien », « le soutien des États-Unis », « la solidarité turque » name the giver,
     * whom the words do not judge (gold README: solidarity is neutral for the one who voices it).
     */
    private boolean byGiver(Occ occ, Attach a) {
        // An English giver comes before the words ("Washington's support"); a target after them ("support for
        // Israel's security", "solidarity with the people of Türkiye") is the receiver.
        boolean giverSide = !english || mentions[a.mention()].endToken() <= occ.start();
        return occ.cue().has(CueFlag.TO_RECEIVER) && giverSide && switch (a.rule()) {
            case "possessor", "agent-of-act", "adjective-of-target", "compound-agent" -> true;
            default -> false;
        };
    }

    /**
     * The second party of an English act of support whose giver was found before it ("Washington backs Israel",
     * "the US stands with Israel", "Turkish aid to Syria"): the target right after it, or after "to" / "with".
     */
    private Attach receiverOfSupport(Occ occ, Attach giver) {
        if (occ.cue().cueClass() != CueClass.FRAMING || occ.cue().weight() <= 0 || occ.cue().has(CueFlag.HELP) || giver.victim()
                || !(giver.rule().equals("adjective-of-target") || giver.rule().equals("compound-agent")
                || !english && giver.rule().equals("agent-of-act"))) {
            return null;
        }
        // « le soutien des États-Unis à Israël »: the receiver comes after the giver's complement.
        int after = english ? occ.end() : Math.max(occ.end(), mentions[giver.mention()].endToken());
        Attach a = markedComplement(occ, after);
        if (a == null) {
            int k = skipDeterminers(occ.end());
            if (k < n && mentionAt[k] != NONE && sameClause(k, occ.start()) && !speakerMention[mentionAt[k]]
                    && !isSubject(mentionAt[k])) {
                a = new Attach(mentionAt[k], "beneficiary", 0.8, false);
            }
        }
        return a != null && !a.victim() && a.mention() != giver.mention() ? a : null;
    }

    /** A verb follows the reference: it is the subject of a new predicate, not an object (« … et la Turquie a dit »). */
    private boolean isSubject(int m) {
        int after = mentions[m].endToken();
        return after < n && (has(after, Fn.AUXILIARY) || has(after, Fn.COPULA) || has(after, Fn.REPORTING_VERB)
                || occAt[after] != NONE && occs.get(occAt[after]).cue().cueClass() != CueClass.FRAMING);
    }

    /**
     * The reference joined to mention m by a conjunction or a comma (« Washington et Tel-Aviv », "the US,
     * Britain and Israel"): what a cue says of m it says of that one too. NONE when the next reference starts a
     * new predicate (it is followed by a verb) or is not coordinated.
     */
    private int coordinated(int m) {
        int end = mentions[m].endToken();
        boolean joined = false;
        for (int j = end; j < Math.min(n, end + 6); j++) {
            if (mentionAt[j] != NONE && mentionAt[j] != m) {
                int next = mentionAt[j];
                return joined && !isSubject(next) && !speakerMention[next] && sameClause(j, end - 1) ? next : NONE;
            }
            if (key[j].equals(",") || has(j, Fn.CONJUNCTION)) {
                joined = true;
            } else if (!(has(j, Fn.DETERMINER) || isName(j) && joined)) {
                return NONE;
            }
        }
        return NONE;
    }

    private Attach attach(int o) {
        if (memo[o] == null) {
            Attach a = attachNominal(occs.get(o));
            memo[o] = a == null ? DROP : a;
        }
        return memo[o];
    }

    private Attach attachNominal(Occ occ) {
        Cue cue = occ.cue();
        Attach a;
        if (compoundCue(occ)) {
            return new Attach(mentionAt[occ.start()], "compound-agent", 1.0, false);
        }
        switch (cue.cueClass()) {
            case FRAMING:
                if (cue.has(CueFlag.PUNITIVE)) {
                    a = punished(occ);
                    if (a != null) return a;
                }
                if (cue.has(CueFlag.HELP) && obstructed(occ)) return DROP;
                if (english && finiteActiveVerb(occ.start())) {
                    // "the United States was interfering in …", "Israel has attacked …": the act is its subject's;
                    // what follows is its object, not its agent
                    a = subjectBefore(occ, "agent-of-act");
                    if (a != null) return a;
                }
                a = adjectiveOfTarget(occ);
                if (a == null) a = agentMarker(occ);
                if (a == null) a = ofComplement(occ);
                if (a == null) a = markedComplement(occ);
                if (a != null && cue.has(CueFlag.HELP) && a.rule().equals("beneficiary")) a = null;
                if (a == null && english) a = predicateNominal(occ);
                if (a == null && english) a = possessor(occ);
                if (a == null) a = designatedAct(occ);
                if (a == null && !english) a = frenchOwnerOrSubject(occ);
                if (a == null && english && harmedObject(occ)) return DROP;
                if (a == null && cue.has(CueFlag.HELP)) a = helper(occ);
                if (a == null && !(english && namedModifier(occ.start()))) a = nearest(occ);
                return a;
            case ATTRIBUTE:
                if (occ.start() > 0 && has(occ.start() - 1, Fn.POSSESSIVE)) {
                    return DROP; // « ses alliés », "its partners": someone else's relation, not a description
                }
                if (english && cue.weight() > 0) {
                    a = ownedDemonym(occ);
                    if (a != null) return a;
                }
                a = describedAs(occ);
                if (a == null && english && cue.weight() > 0 && ownedRelation(occ.start())) {
                    return DROP;
                }
                // "U.S. allies" are allies of the US; « l'allié américain » is the US described as an ally.
                if (a == null && !(english && cue.weight() > 0)) a = adjectiveOfTarget(occ);
                if (a == null) a = ofComplement(occ);
                if (a == null) a = designatedAct(occ);
                if (a == null && (designatesAnother(occ) || !english && foreignAgent(occ))) return DROP;
                if (a == null && english && qualifiesNoun(occ)) return DROP;
                if (a == null) a = nearest(occ);
                return a;
            case EVALUATIVE_ADJECTIVE:
                a = describedAs(occ);
                if (a == null) a = designatedAct(occ);
                if (a == null && !english) a = judgedAfter(occ);
                if (a == null && designatesAnother(occ)) return DROP;
                if (a == null && english) a = ownerOfQualifiedNoun(occ);
                if (a == null) a = nearest(occ);
                return a;
            case PREDICATE:
                return subjectBefore(occ, "subject-of-predicate");
            case LABEL:
                return new Attach(mentionAt[occ.start()], "pejorative-label", 1.0, false);
            case ACT_VERB:
                if (passive(occ.start())) {
                    a = agentMarker(occ);
                    return a != null ? a : victimSubject(occ);
                }
                a = subjectBefore(occ, "agent-of-act");
                return a != null ? a : agentMarker(occ);
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- acts of help (cue flag help)

    /**
     * The giver of an act of help that no closer rule attached: the target in the subject of its clause (« la
     * Turquie a dépêché des secouristes », "U.S. planes dropped food aid"), or, when the act is reported, the
     * subject of the clause of speech before it ("Turkey said it would send aid", « a annoncé qu'elle enverrait »).
     */
    private Attach helper(Occ occ) {
        if (english && inSpeakerPhrase(occ)) {
            return null; // "aid agencies warned …": the helpers are the speakers, no target
        }
        int c = clause[occ.start()];
        int first = clauseStart[c];
        int m = subjectOfClause(first, null);
        if (m != NONE && occ.start() - mentions[m].endToken() > HELPER_REACH) {
            return null;
        }
        if (m == NONE && c > 0 && sentence[clauseStart[c - 1]] == sentence[occ.start()]
                && reportsSpeech(clauseStart[c - 1], first)) {
            m = subjectOfClause(clauseStart[c - 1], null);
        }
        if (m == NONE && has(first, Fn.SUBJECT_CARRIER) && (has(first + 1, Fn.AUXILIARY) || english && pastVerb(first + 1))) {
            // « …, et a annoncé une aide », "… and offered to mediate": the sentence's subject
            m = subjectOfSentence(sentence[first], null);
        }
        if (m == NONE || mentions[m].endToken() > occ.start()) {
            return null;
        }
        for (int j = sharedSubjectVerb(Math.max(mentions[m].endToken(), first), occ.start()); j < occ.start(); j++) {
            // "thanked Israel for the rescue teams", « ont ouvert le feu près d'un convoi d'aide »: a verb of
            // speech or a hostile act between them makes the subject its own agent, not the helper.
            int o = occAt[j];
            if (o != NONE && (occs.get(o).cue().cueClass() == CueClass.SPEECH_VERB || occs.get(o).cue().weight() < 0)) {
                return null;
            }
        }
        return new Attach(m, "helper", 1.0, false);
    }

    /**
     * Where the verb phrase of an act of help begins: after the last "and" + simple past before it ("Turkey condemned
     * the attack and offered to mediate" is two acts of one subject; the condemnation does not make Turkey the
     * object of the help), else {@code from}.
     */
    private int sharedSubjectVerb(int from, int to) {
        for (int k = to - 2; english && k >= from; k--) {
            if (has(k, Fn.SUBJECT_CARRIER) && pastVerb(k + 1)) {
                return k + 1;
            }
        }
        return from;
    }

    /** An English simple past right after "and" ("and offered", "and pledged"): a verb sharing the subject before. */
    private boolean pastVerb(int i) {
        return i < n && isContent(i) && mentionAt[i] == NONE && occAt[i] == NONE && key[i].endsWith("ed")
                && Character.isLowerCase(tokens.get(i).text().codePointAt(0));
    }

    /** Tokens at most between a clause's subject and its act of help ("… to take part in a scheme to help Iran"). */
    private static final int HELPER_REACH = 12;

    /** A verb of speech in tokens [from, to): the clause reports what the next one says. */
    private boolean reportsSpeech(int from, int to) {
        for (int j = from; j < to; j++) {
            if (has(j, Fn.REPORTING_VERB)) {
                return true;
            }
        }
        return false;
    }

    /** « bloque l'aide », "blocked aid deliveries": help held back by the clause's verb is no one's act of help. */
    private boolean obstructed(Occ occ) {
        for (int j = occ.start() - 1; j >= Math.max(clauseStart[clause[occ.start()]], occ.start() - 5); j--) {
            if (has(j, Fn.OBSTRUCTION)) {
                return true;
            }
        }
        return false;
    }

    /** "would harm the alliance": a good thing as the object of a harmful act is what is harmed, no praise. */
    private boolean harmedObject(Occ occ) {
        int before = skipDeterminersBackward(occ.start() - 1);
        int o = before >= 0 ? occAt[before] : NONE;
        return occ.cue().weight() > 0 && o != NONE && occs.get(o).end() == before + 1
                && occs.get(o).cue().cueClass() == CueClass.ACT_VERB && occs.get(o).cue().weight() < 0;
    }

    /**
     * The target a penalty falls on: "sanctions on Turkey", "tariffs on Turkish steel". The marker may follow a
     * short qualifier ("sanctions imposed on"), the target a few words after it ("on three Turkish ministers").
     * Found, it takes the cue: the one who imposes the penalty is then only reporting a measure.
     */
    private Attach punished(Occ occ) {
        int j = occ.end();
        for (int skipped = 0; j < n && skipped < 2 && isWord(j) && !has(j, Fn.VICTIM_MARKER) && mentionAt[j] == NONE
                && occAt[j] == NONE; skipped++) {
            j++;
        }
        if (j >= n || !has(j, Fn.VICTIM_MARKER) || !sameClause(j, occ.start())) {
            return null;
        }
        for (int k = j + 1; k < Math.min(n, j + 4) && sameClause(k, occ.start()) && isWord(k); k++) {
            if (mentionAt[k] != NONE) {
                return new Attach(mentionAt[k], "target-is-punished", 1.0, false);
            }
        }
        return null;
    }

    /**
     * "our American ally", "its Turkish partners", "Washington's Israeli allies": once a possessive or genitive has
     * said whose relation it is, the demonym between it and the relation noun is the related state itself, as in
     * « l'allié américain ».
     */
    private Attach ownedDemonym(Occ occ) {
        int j = occ.start() - 1;
        if (j < 0 || mentionAt[j] == NONE || !sameClause(j, occ.start())) {
            return null;
        }
        Mention m = mentions[mentionAt[j]];
        int owner = m.firstToken() - 1;
        boolean owned = owner >= 0 && (has(owner, Fn.POSSESSIVE) || has(owner, Fn.GENITIVE) || key[owner].equals("'"));
        return owned && (m.kind() == AliasKind.DEMONYM || m.kind() == AliasKind.SHORT_FORM)
                ? new Attach(mentionAt[j], "adjective-of-target", 1.0, false) : null;
    }

    /**
     * An English relation noun right after a name, demonym or possessive ("U.S. allies", "Washington's
     * partners", "Kurdish allies", "a NATO ally"): it names whose allies they are, not what a nearby target is.
     */
    private boolean ownedRelation(int start) {
        int j = start - 1;
        return j >= 0 && sameClause(j, start)
                && (mentionAt[j] != NONE || has(j, Fn.GENITIVE) || key[j].equals("'") || isName(j));
    }

    /**
     * "The U.S. decision was a violation of international law", "Israel's response is a massacre": an act
     * named after a copula is what the subject did, and the subject's target is its agent.
     */
    private Attach predicateNominal(Occ occ) {
        int j = occ.start() - 1;
        for (int skipped = 0; j >= 0 && (has(j, Fn.DETERMINER) || has(j, Fn.INTENSIFIER) || isContent(j) && skipped++ < 2);) {
            j--;
        }
        if (j < 0 || !has(j, Fn.COPULA) || !sameClause(j, occ.start())) {
            return null;
        }
        Attach a = subjectBefore(new Occ(occ.cue(), j, j + 1), "subject-of-predicate");
        return a != null && a.mention() != NONE ? a : null;
    }

    /**
     * An English act named with a modifier that is another name ("the Armenian genocide", "Hezbollah attacks",
     * "the Gaza war") or owned by one ("Russia's invasion", "Moscow's relentless bombardment"): the name says whose
     * act or where, so no nearby target gets it by proximity.
     */
    private boolean namedModifier(int start) {
        int owner = start - 1;
        for (int skipped = 0; owner >= 0 && modifierWord(owner) && skipped < 2; skipped++) {
            owner--;
        }
        boolean owned = owner > 0 && (has(owner, Fn.GENITIVE) || key[owner].equals("'"));
        int j = owned ? owner - 1 : start - 1;
        int first = sentenceStart[sentence[start]];
        // a capitalised word opening a sentence is a name only when a genitive says so
        return (owned ? j >= first : j > first) && mentionAt[j] == NONE && isName(j);
    }

    /**
     * "the terror group", "under enemy fire": an English attribute right before a plain noun describes that noun,
     * not a target nearby (a target described so is found by the rules before: "Israel is an enemy state").
     */
    private boolean qualifiesNoun(Occ occ) {
        int next = occ.end();
        return next < n && isContent(next) && Character.isLowerCase(tokens.get(next).text().codePointAt(0));
    }

    private boolean modifierWord(int j) {
        return isContent(j) || has(j, Fn.INTENSIFIER) || has(j, Fn.ATTENUATOR);
    }

    /** « agression israélienne », « pressions américaines » / "Israeli aggression", "Turkey's pressure". */
    private Attach adjectiveOfTarget(Occ occ) {
        if (english) {
            int j = occ.start() - 1;
            int skipped = 0;
            // (an intensifying adjective between them too: "the United States' ironclad commitment")
            while (j >= 0 && (modifierWord(j) && skipped < 2 || has(j, Fn.GENITIVE) || key[j].equals("'"))) {
                if (modifierWord(j)) {
                    skipped++;
                }
                j--;
            }
            if (j >= 0 && mentionAt[j] != NONE && sameClause(j, occ.start()) && !speakerMention[mentionAt[j]]) {
                return new Attach(mentionAt[j], "adjective-of-target", 1.0, false);
            }
            return null;
        }
        int j = occ.end();
        int skipped = 0;
        while (j < n && ((isContent(j) && skipped < 2) || (!quoteMark[j] && isCloseQuote(j)))) {
            if (isContent(j)) {
                skipped++;
            }
            j++;
        }
        if (j < n && mentionAt[j] != NONE && sameClause(j, occ.start())) {
            Mention m = mentions[mentionAt[j]];
            if ((m.kind() == AliasKind.DEMONYM || m.kind() == AliasKind.LABEL) && m.firstToken() == j) {
                return new Attach(mentionAt[j], "adjective-of-target", 1.0, false);
            }
        }
        return null;
    }

    /**
     * An English judgement placed before the noun it qualifies judges whoever owns that noun. A noun that is itself
     * a cue right after it ("reckless strikes by Israel", "the cynical attack on Israel") passes on its own attachment, victim
     * included; another noun is owned by a target naming it ("reckless Israeli policy", "Washington's reckless
     * gamble", "Turkey's steady, constructive diplomacy"), by the agent after it ("a shameful decision by Ankara")
     * or by a possessive ("its reckless policy"); a noun owned by another name is no target's. Null otherwise: the noun may still be the object of a target's
     * act ("Turkey gained an unfair advantage"), which only the nearest target can guess.
     */
    private Attach ownerOfQualifiedNoun(Occ occ) {
        int j = occ.end();
        while (j < n && occAt[j] == NONE && mentionAt[j] == NONE && sameClause(j, occ.start()) && joinsModifiers(j)) {
            j++;
        }
        if (j < n && occAt[j] != NONE && sameClause(j, occ.start()) && nominal(occs.get(occAt[j]).cue())) {
            return attach(occAt[j]);
        }
        int m = j < n && sameClause(j, occ.start()) ? mentionAt[j] : NONE;
        if (m != NONE && mentions[m].endToken() < n && plainWord(mentions[m].endToken()) && !speakerMention[m]) {
            return new Attach(m, "adjective-of-target", 1.0, false);
        }
        if (m == NONE && foreignDemonym(j, occ)) {
            return DROP;
        }
        if (!qualifiesNoun(occ)) {
            return null;
        }
        int before = occ.start() - 1;
        for (int plain = 0; before >= 0 && (joinsModifiers(before) || plainWord(before) && plain++ < 2); ) {
            before--;
        }
        boolean genitive = before >= 0 && (has(before, Fn.GENITIVE) || key[before].equals("'"));
        int owner = genitive ? before - 1 : before;
        if (owner >= 0 && mentionAt[owner] != NONE && sameClause(owner, occ.start())
                && !speakerMention[mentionAt[owner]]) {
            return new Attach(mentionAt[owner], "adjective-of-target", 1.0, false);
        }
        if (genitive || foreignDemonym(owner, occ)) {
            return DROP; // "Moscow's reckless gamble", "the reckless Russian gamble": another owner's
        }
        Attach a = agentMarker(occ);
        return a != null ? a : possessor(occ);
    }

    /** Token j, in the clause of the cue, is the demonym of a country that is no target ("Russian"). */
    private boolean foreignDemonym(int j, Occ occ) {
        return j >= 0 && j < n && mentionAt[j] == NONE && isWord(j) && sameClause(j, occ.start())
                && actors.demonym(language, stem[j]) != null;
    }

    /** A comma, a conjunction or an intensifier between two modifiers of one noun ("steady, deeply cynical"). */
    private boolean joinsModifiers(int j) {
        return key[j].equals(",") || has(j, Fn.CONJUNCTION) || has(j, Fn.INTENSIFIER);
    }

    /** A lower-case content word: an English common noun or adjective. */
    private boolean plainWord(int j) {
        return isContent(j) && Character.isLowerCase(tokens.get(j).text().codePointAt(0));
    }

    private static boolean nominal(Cue cue) {
        return cue.cueClass() == CueClass.FRAMING || cue.cueClass() == CueClass.ATTRIBUTE
                || cue.cueClass() == CueClass.EVALUATIVE_ADJECTIVE;
    }

    /** « sanctions imposées par les États-Unis », "strikes carried out by Israel", « terroristes soutenus par X ». */
    private Attach agentMarker(Occ occ) {
        // '… to stop "this unprecedented brutality" by Israel': the agent right after the quotation is the act's.
        int q = occ.end();
        while (q < n && isCloseQuote(q)) {
            q++;
        }
        // French puts a participle between: une « politique d'agression » menée par Israël.
        if (!english && q > occ.end() && q + 2 < n && isContent(q) && has(q + 1, Fn.AGENT_MARKER)) {
            q++;
        }
        if (q > occ.end() && q + 1 < n && has(q, Fn.AGENT_MARKER) && mentionAt[agentAfter(q)] != NONE) {
            return new Attach(mentionAt[agentAfter(q)], "agent-of-act", 1.0, false);
        }
        int limit = Math.min(n, occ.end() + 4);
        for (int j = occ.end() - 1; j < limit; j++) {
            if (j >= occ.end() && (!sameClause(j, occ.start()) || mentionAt[j] != NONE)) {
                break;
            }
            if (has(j, Fn.AGENT_MARKER)) {
                int k = agentAfter(j);
                // A title before the name ("threats by President Donald Trump") is part of the agent's name.
                // (French titles are lower-case: « par le gouvernement Netanyahou », « par le président Erdogan »)
                for (int t = k; t < Math.min(n, k + 2) && mentionAt[t] == NONE && (english ? isName(t)
                        : isWord(t) && !functionWord(t)); t++) {
                    if (t + 1 < n && mentionAt[t + 1] != NONE && mentions[mentionAt[t + 1]].kind() == AliasKind.LEADER) {
                        k = t + 1;
                    }
                }
                if (k < n && mentionAt[k] != NONE && sameClause(k, occ.start())) {
                    return new Attach(mentionAt[k], "agent-of-act", 1.0, false);
                }
                if (k < n && isWord(k) && sameClause(k, occ.start())) {
                    return DROP; // "massacres by Ottoman forces": the agent is named and is no target
                }
            }
        }
        return null;
    }

    /**
     * The agent after « par » / "by": the noun after its determiners, or in French the target that owns it
     * (« commise par l'armée israélienne », « menée par les forces de la Turquie »).
     */
    private int agentAfter(int by) {
        int k = skipDeterminers(by + 1);
        return english || k >= n ? k : ownerOfNoun(k);
    }

    /** « l'agression d'Israël » (agent) / « l'occupation de la Syrie » (patient); "the support of Turkey". */
    private Attach ofComplement(Occ occ) {
        int j = occ.end();
        // A short adjunct may sit between the noun and « de » (« le soutien sans faille de Washington »).
        for (int skipped = 0; j < n && skipped < 3 && mentionAt[j] == NONE && !has(j, Fn.OF_MARKER)
                && (isWord(j) && occAt[j] == NONE || isCloseQuote(j)); skipped++) {
            j++;
        }
        if (j >= n || !has(j, Fn.OF_MARKER)) {
            return null;
        }
        int k = skipDeterminers(j + 1);
        if (k >= n || mentionAt[k] == NONE || !sameClause(k, occ.start())) {
            return null;
        }
        Cue cue = occ.cue();
        if (cue.cueClass() == CueClass.ATTRIBUTE) {
            // « ennemi d'Israël » says nothing against Israel, and « un ami d'Israël », « principal allié des
            // États-Unis » describe someone else by his relation to the target, as « ses alliés » does.
            return cue.weight() > 0 && english ? new Attach(mentionAt[k], "complement", 0.8, false) : DROP;
        }
        if (cue.has(CueFlag.OF_PATIENT)) {
            return new Attach(mentionAt[k], "target-is-victim", 0, true);
        }
        return new Attach(mentionAt[k], "agent-of-act", 1.0, false);
    }

    /** « l'attaque contre la Turquie » (victim), « le soutien à Israël » (beneficiary), "a threat to Turkey". */
    private Attach markedComplement(Occ occ) {
        return markedComplement(occ, occ.end());
    }

    private Attach markedComplement(Occ occ, int from) {
        int limit = Math.min(n, from + 6);
        int content = 0;
        boolean marked = false;
        for (int j = from; j < limit; j++) {
            if (!sameClause(j, occ.start()) || mentionAt[j] != NONE) {
                break;
            }
            if (has(j, Fn.PARTIES_MARKER)) {
                int k = j + 1;
                for (int skipped = 0; k < n && mentionAt[k] == NONE && isWord(k) && skipped < 3; skipped++) {
                    k++; // "between the two U.S. allies"
                }
                return k < n && mentionAt[k] != NONE && sameClause(k, occ.start())
                        ? new Attach(mentionAt[k], "between-parties", 0, true) : null;
            }
            boolean victim = has(j, Fn.VICTIM_MARKER);
            boolean beneficiary = has(j, Fn.BENEFICIARY_MARKER);
            boolean comitative = has(j, Fn.COMITATIVE);
            if (victim || beneficiary || comitative) {
                int k = english ? skipDeterminers(j + 1) : ownerOfNoun(skipDeterminers(j + 1));
                if (k < n && mentionAt[k] != NONE && sameClause(k, occ.start())) {
                    boolean hostile = occ.cue().weight() < 0;
                    if (hostile && (victim || beneficiary)) {
                        return new Attach(mentionAt[k], "target-is-victim", 0, true);
                    }
                    if (!hostile && (beneficiary || comitative)) {
                        return new Attach(mentionAt[k], "beneficiary", 0.8, false);
                    }
                    return null;
                }
                if (english && !victim) {
                    marked = true;
                    limit = Math.min(n, j + 8); // room for "to the families of the victims and to …" (below)
                }
            } else if (marked && has(j, Fn.CONJUNCTION) && coordinatedMarker(j, limit)) {
                content = 0; // "condolences to the families of the victims and to the American people"
            } else if (isContent(j) && ++content > 2 || english && has(j, Fn.CONJUNCTION)) {
                break; // "condemned the strikes and called on Israel": the marker belongs to the next verb
            } else if (!isWord(j) && !isCloseQuote(j)) {
                break;
            }
        }
        return null;
    }

    /**
     * "… and to X", "… and with X" after a first complement of the same marker that named no target: the second
     * complement is the act's too.
     */
    private boolean coordinatedMarker(int and, int limit) {
        return and + 1 < limit && (has(and + 1, Fn.BENEFICIARY_MARKER) || has(and + 1, Fn.COMITATIVE))
                && !has(and + 1, Fn.VICTIM_MARKER);
    }

    /**
     * « a décrit Israël comme un occupant », "called Turkey a threat", « Israël est un partenaire »,
     * « Israël, l'occupant ».
     */
    private Attach describedAs(Occ occ) {
        int s = occ.start();
        int from = Math.max(sentenceStart[sentence[s]], s - 7);
        for (int j = s - 1; j >= from; j--) {
            int m = mentionAt[j];
            if (m == NONE) {
                continue;
            }
            Mention mention = mentions[m];
            if (mention.endToken() > s || speakerMention[m]) {
                return null;
            }
            int before = skipDeterminersBackward(mention.firstToken() - 1);
            if (before > 0 && !english && key[before].equals("en")) {
                before--; // « voit en Israël un partenaire »
            }
            boolean designated = before >= 0 && has(before, Fn.DESIGNATION_VERB);
            boolean copula = false;
            boolean apposition = false;
            for (int k = mention.endToken(); k < s; k++) {
                copula |= has(k, Fn.COPULA);
            }
            if (mention.endToken() < s && key[mention.endToken()].equals(",") && s - mention.endToken() <= 3) {
                apposition = occ.cue().cueClass() == CueClass.ATTRIBUTE;
            }
            if ((designated || copula || apposition) && s - mention.endToken() <= 5 && clause[j] == clause[s]
                    || designated && s - mention.endToken() <= 5) {
                return new Attach(m, "described-as", 1.0, false);
            }
            return null;
        }
        return null;
    }

    /**
     * The cue completes a verb of designation whose object is no target (« Ankara qualifie cette milice de
     * terroriste », « une milice qu'Ankara considère comme terroriste »): it describes that object, and the
     * subject of the verb, often a target, must not get it as the nearest target.
     */
    private boolean designatesAnother(Occ occ) {
        int s = occ.start();
        for (int j = s - 1; j >= Math.max(clauseStart[clause[s]], s - 7); j--) {
            if (mentionAt[j] != NONE) {
                return false;
            }
            if (has(j, Fn.DESIGNATION_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * « a jugé inacceptable que la Turquie ait… », « a jugé « absurdes » les propos du ministre turc »: a French
     * judgement placed right after its verb of designation (only quotes, conjunctions, commas, intensifiers and other
     * judgements between them) judges what follows it, and the first target named next in the sentence takes it.
     */
    private Attach judgedAfter(Occ occ) {
        int j = occ.start() - 1;
        while (j >= Math.max(0, occ.start() - 6) && (quoteChar[j] != 0 || has(j, Fn.CONJUNCTION) || key[j].equals(",")
                || has(j, Fn.INTENSIFIER) || occAt[j] != NONE
                && occs.get(occAt[j]).cue().cueClass() == CueClass.EVALUATIVE_ADJECTIVE)) {
            j--;
        }
        if (j < 0 || !has(j, Fn.DESIGNATION_VERB) || sentence[j] != sentence[occ.start()]) {
            return null;
        }
        int end = Math.min(sentenceEnd[sentence[occ.start()]], occ.end() + 10);
        for (int k = occ.end(); k < end && !";:".contains(key[k]); k++) {
            if (mentionAt[k] != NONE && !speakerMention[mentionAt[k]]) {
                return new Attach(mentionAt[k], "judged-after", 1.0, false);
            }
        }
        return null;
    }

    /** Weight kept by a judgement of an act that reaches its author only through the paragraph's targets. */
    private static final double ACT_OWNER_FACTOR = 0.8;

    /**
     * "called the move disappointing", "called the seizure an act of piracy": an English judgement completing a
     * verb of designation whose object is an act noun goes to that act's author ({@link #actOwner}).
     */
    private Attach designatedAct(Occ occ) {
        int s = occ.start();
        if (!english) {
            return null;
        }
        for (int j = s - 1; j >= Math.max(clauseStart[clause[s]], s - 7); j--) {
            if (mentionAt[j] != NONE) {
                return null;
            }
            if (has(j, Fn.DESIGNATION_VERB)) {
                int act = skipDeterminers(j + 1);
                return act < s ? actOwner(act, j) : null;
            }
        }
        return null;
    }

    /**
     * "regretted the decision", "welcomed the offer", "objected to the test": an act named by a definite noun
     * with no target of its own is, in news, the act of a party the paragraph names. Taken when exactly one
     * target is left once the verb's side is set aside (targets named before the verb or as speaker in its
     * sentence, the holder's country); null otherwise, or when a target follows the noun ("the decision by Washington",
     * found by the other rules).
     */
    private Attach actOwner(int act, int verb) {
        if (!has(act, Fn.ACT_NOUN) || act == 0 || !has(act - 1, Fn.DEFINITE) || act + 1 < n && isName(act + 1)) {
            return null; // (an act named after a person or place, « le projet EastMed », is that name's)
        }
        if (act + 1 < n && has(act + 1, Fn.AGENT_MARKER)) {
            return null; // "the strikes by Houthi rebels": its agent is named, and is no target
        }
        for (int j = act + 1; j < Math.min(n, act + 4) && sameClause(j, act); j++) {
            if (mentionAt[j] != NONE) {
                return null;
            }
        }
        Set<String> verbSide = new java.util.HashSet<>();
        if (holderAt[verb] != NONE && holders.get(holderAt[verb])[1] != null) {
            verbSide.add(holders.get(holderAt[verb])[1]);
        }
        for (int m = 0; m < mentions.length; m++) {
            int first = mentions[m].firstToken();
            boolean sameSentence = first >= sentenceStart[sentence[verb]] && first < sentenceEnd[sentence[verb]];
            if (sameSentence && (first < verb || speakerMention[m])) {
                verbSide.add(mentions[m].target());
            }
        }
        int owner = NONE;
        for (int m = 0; m < mentions.length; m++) {
            if (verbSide.contains(mentions[m].target())) {
                continue;
            }
            if (owner != NONE && !mentions[owner].target().equals(mentions[m].target())) {
                return null;
            }
            if (owner == NONE
                    || Math.abs(mentions[m].firstToken() - verb) < Math.abs(mentions[owner].firstToken() - verb)) {
                owner = m;
            }
        }
        return owner == NONE ? null : new Attach(owner, "act-of-target", ACT_OWNER_FACTOR, false);
    }

    // ---------------------------------------------------------------- French: owners, subjects, pronouns

    /**
     * An act with no target of its own in French: another nation's act (« les occupants russes », « une
     * provocation de l'Élysée ») goes to nobody; « son banditisme » to its possessor; « la Turquie a acheminé de
     * l'aide » to the target subject of the clause.
     */
    private Attach frenchOwnerOrSubject(Occ occ) {
        if (foreignAgent(occ)) {
            return DROP;
        }
        Attach a = possessor(occ);
        return a != null ? a : subjectAgent(occ);
    }

    /**
     * The cue is qualified by the demonym of a country that is no target (« occupants russes »), or, unless it
     * names its patient with « de », has a proper name as complement (« la provocation de l'Élysée »).
     */
    private boolean foreignAgent(Occ occ) {
        int j = occ.end();
        while (j < n && isCloseQuote(j)) {
            j++;
        }
        if (j >= n || mentionAt[j] != NONE || !sameClause(j, occ.start())) {
            return false;
        }
        if (isWord(j) && !functionWord(j) && actors.demonym(language, stem[j]) != null) {
            return true;
        }
        if (!has(j, Fn.OF_MARKER) || occ.cue().has(CueFlag.OF_PATIENT)) {
            return false;
        }
        int k = skipDeterminers(j + 1);
        return k < n && mentionAt[k] == NONE && isName(k) && sameClause(k, occ.start());
    }

    /** « son banditisme », « leur prétendue aide »: the possessor is the nearest target before it in the sentence. */
    private Attach possessor(Occ occ) {
        int p = occ.start() - 1;
        while (p >= 0 && (quoteChar[p] != 0 || has(p, Fn.DETERMINER) && !has(p, Fn.POSSESSIVE))) {
            p--;
        }
        if (p < 0 || !has(p, Fn.POSSESSIVE) || has(p, Fn.SPEAKER_POSSESSIVE) || complementOfNoun(p)) {
            return null; // « notre », « vos »: the speaker's side; « la levée de son veto »: not an act done
        }
        // "his", "her" stand for a person: in English only a leader owns the act.
        boolean person = english && has(p, Fn.PERSON);
        int nearest = NONE;
        for (int j = p - 1; j >= sentenceStart[sentence[p]]; j--) {
            int m = mentionAt[j];
            if (m != NONE && english && (person != (mentions[m].kind() == AliasKind.LEADER) || objectOfMarker(m))) {
                j = mentions[m].firstToken();
                continue; // "rockets at Israel, and its attacks": an object owns nothing
            }
            if (m != NONE && !speakerMention[m]) {
                if (finiteVerbAfter(m)) {
                    return new Attach(m, "possessor", 1.0, false); // the subject of the clause owns it
                }
                nearest = nearest == NONE ? m : nearest;
            }
        }
        return nearest == NONE ? null : new Attach(nearest, "possessor", 1.0, false);
    }

    /** The reference follows a preposition: a place or what was hit ("at Israel", "in Turkey", "to Ankara"). */
    private boolean objectOfMarker(int m) {
        int before = skipDeterminersBackward(mentions[m].firstToken() - 1);
        return before >= 0 && (has(before, Fn.VICTIM_MARKER) || has(before, Fn.BENEFICIARY_MARKER)
                || has(before, Fn.PLACE_PREPOSITION));
    }

    /** An auxiliary of a compound tense follows the reference (« la Turquie a … »): it is a subject. */
    private boolean finiteVerbAfter(int m) {
        int after = mentions[m].endToken();
        return after < n && has(after, Fn.AUXILIARY) && !has(after, Fn.COPULA) && !has(after, Fn.ADDITIVE)
                && !has(after, Fn.REFLEXIVE);
    }

    /**
     * The cue (from its determiners at {@code first}) is the complement of another noun (« la levée des
     * sanctions », « mettre fin à une guerre »), except after a quantity (« 700 tonnes d'aide »).
     */
    private boolean complementOfNoun(int first) {
        while (first > 0 && quoteChar[first - 1] != 0) {
            first--; // « mettre fin à « son banditisme » »
        }
        int j = skipDeterminersBackward(first - 1);
        if (j < 1 || !(has(j, Fn.OF_MARKER) || has(j, Fn.BENEFICIARY_MARKER) || has(j, Fn.VICTIM_MARKER))) {
            if (j < 1 || !has(first - 1, Fn.OF_MARKER)) {
                return false;
            }
            j = first - 1;
        }
        return isContent(j - 1) && !(j > 1 && Character.isDigit(tokens.get(j - 2).text().charAt(0)));
    }

    /**
     * « la Turquie a acheminé de l'aide », « l'armée israélienne a mené des frappes »: the subject is the agent.
     * Not for an act inside another noun's complement (« a annoncé la levée des sanctions »), quantities aside.
     */
    private Attach subjectAgent(Occ occ) {
        int s = occ.start();
        if (complementOfNoun(s)) {
            return null;
        }
        for (int j = s - 1; j >= Math.max(clauseStart[clause[s]], s - 12); j--) {
            int m = mentionAt[j];
            if (m != NONE) {
                int before = skipDeterminersBackward(mentions[m].firstToken() - 1);
                // « a proposé aux autorités turques une aide »: who receives it (the noun a demonym qualifies)
                int noun = mentions[m].kind() == AliasKind.DEMONYM && before >= 0 && isContent(before)
                        ? before - 1 : before;
                int marker = skipDeterminersBackward(noun);
                if (marker >= 0 && (has(marker, Fn.BENEFICIARY_MARKER) || has(marker, Fn.VICTIM_MARKER))) {
                    j = mentions[m].firstToken();
                    continue;
                }
                boolean complement = before >= 0 && (has(before, Fn.OF_MARKER) || has(before, Fn.AGENT_MARKER)
                        || has(before, Fn.COMITATIVE));
                return finiteVerbAfter(m) && !complement && !speakerMention[m]
                        ? new Attach(m, "agent-of-act", 1.0, false) : null;
            }
        }
        // « la Turquie, qui a acheminé de l'aide », « … Elle a acheminé de l'aide »: the antecedent is the agent
        int first = clauseStart[clause[s]];
        if (s - first > 12 || first + 1 >= n || !has(first + 1, Fn.AUXILIARY) || has(first + 1, Fn.COPULA)) {
            return null;
        }
        return antecedentAt(first);
    }

    /** « de » and a target right after a feeling (« la colère d'Ankara »): the target feels it. */
    private boolean heldBy(int after) {
        int j = after;
        while (j < n && isCloseQuote(j)) {
            j++;
        }
        int k = has(j, Fn.OF_MARKER) ? skipDeterminers(j + 1) : n;
        return k < n && mentionAt[k] != NONE;
    }

    /** The target that the relative or sentence-opening pronoun at a clause's start stands for, or null. */
    private Attach antecedentAt(int clauseFirst) {
        int m = relativeAntecedent(clauseFirst);
        if (m != NONE) {
            return new Attach(m, "relative-antecedent", 1.0, false);
        }
        m = pronounAntecedent(clauseFirst);
        if (m != NONE) {
            return new Attach(m, "pronoun-subject", 1.0, false);
        }
        m = carriedSubject(clauseFirst);
        return m == NONE ? null : new Attach(m, "carried-subject", 1.0, false);
    }

    /**
     * "the U.S. decision was a retreat and would harm …", « Ankara a salué l'accord et s'est dite prête à … »: a
     * clause opened by "and" / « et » with its verb right after it has no subject of its own; it shares the target
     * in the subject of the clause before it in the sentence.
     */
    private int carriedSubject(int clauseFirst) {
        int verb = clauseFirst + 1;
        int c = clause[clauseFirst];
        if (c == 0 || verb >= n || !has(clauseFirst, Fn.SUBJECT_CARRIER)
                || sentence[clauseStart[c - 1]] != sentence[clauseFirst] || !has(verb, Fn.AUXILIARY)
                && occAt[verb] == NONE || mentionAt[verb] != NONE || has(verb, Fn.SUBJECT_PRONOUN)) {
            return NONE;
        }
        if (!english && (!has(verb, Fn.AUXILIARY) || isSpeechVerb(verb + 1))) {
            // « abus de pouvoir et entrave à … » is a noun, not a verb; « l'a remercié et a salué « l'amitié » »:
            // what the verb of speech names is its object, not its subject's act
            return NONE;
        }
        return subjectOfClause(clauseStart[c - 1], null);
    }

    /** « à la sécurité d'Israël », « au peuple turc »: the target that owns the noun after a marker. */
    private int ownerOfNoun(int k) {
        if (k + 1 >= n || mentionAt[k] != NONE || !isContent(k)) {
            return k;
        }
        if (mentionAt[k + 1] != NONE && mentions[mentionAt[k + 1]].kind() == AliasKind.DEMONYM) {
            return k + 1;
        }
        int owner = has(k + 1, Fn.OF_MARKER) ? skipDeterminers(k + 1) : k;
        return owner < n && mentionAt[owner] != NONE ? owner : k;
    }

    /**
     * « pour le féliciter », « Nétanyahou l'a remercié »: a clitic object before a verb of speech. Its antecedent
     * is the target named just before in the sentence (at most one content word between), else the subject of
     * the previous sentence. NONE when there is no clitic, or no such target.
     */
    private int cliticObject(int verb) {
        int j = verb - 1;
        boolean auxiliary = false;
        while (j >= 0 && (has(j, Fn.AUXILIARY) || has(j, Fn.INTENSIFIER) || has(j, Fn.NEGATION_COMPLEMENT)
                || isWord(j) && key[j].endsWith("ment") && !functionWord(j) && mentionAt[j] == NONE)) {
            auxiliary |= has(j, Fn.AUXILIARY);
            j--;
        }
        boolean attached = j + 1 == verb || has(j + 1, Fn.AUXILIARY) && !has(j + 1, Fn.ADDITIVE);
        if (!attached || !has(j, Fn.CLITIC_OBJECT)
                || !auxiliary && !(key[verb].endsWith("er") || key[verb].endsWith("ir") || key[verb].endsWith("re"))) {
            return NONE;
        }
        int before = j - 1;
        if (before >= 0 && has(before, Fn.NEGATOR)) {
            before--;
        }
        int own = before >= 0 ? mentionAt[before] : NONE;
        if (own != NONE) {
            before = mentions[own].firstToken() - 1; // the verb's own subject
        }
        int content = 0;
        for (int i = before; i >= sentenceStart[sentence[verb]]; i--) {
            if (mentionAt[i] != NONE) {
                return mentionAt[i];
            }
            if (isContent(i) && ++content > 1 || has(i, Fn.BOUNDARY)) {
                return NONE;
            }
        }
        int s = sentence[verb] - 1;
        if (s < 0) {
            return NONE;
        }
        int subject = NONE;
        for (int i = sentenceStart[s]; i < Math.min(sentenceEnd[s], sentenceStart[s] + 4) && subject == NONE; i++) {
            subject = mentionAt[i];
        }
        if (subject == NONE) {
            // « Le Premier ministre, Naftali Bennett, a proposé … M. Biden l'a remercié »: a subject further in
            subject = subjectOfSentence(s, null);
        }
        // never of the verb's own subject's side (« Biden a reçu Bennett. Washington l'a remercié »)
        return subject != NONE && (own == NONE || !mentions[own].target().equals(mentions[subject].target()))
                ? subject : NONE;
    }

    /**
     * « une décision saluée à Kiev », « Gülen, accusé par Ankara de … », "a decision welcomed by Washington": a
     * past participle without auxiliary, followed by « par » / "by" or « à »: what follows is the agent (or a
     * place), not the object.
     */
    private boolean reducedPassive(int verb) {
        String k = tokens.get(verb).text().toLowerCase(java.util.Locale.ROOT);
        // French participles in -é, and in -u / -i (« soutenues », « applaudi », « mis ») for a verb not in -er,
        // whose forms in -ue / -ie are presents (« salue », « remercie »); a noun cue itself (« merci ») is none.
        String lemma = occAt[verb] != NONE ? occs.get(occAt[verb]).cue().lemma() : "";
        boolean participle = english ? k.endsWith("ed") : k.endsWith("é") || k.endsWith("ée") || k.endsWith("és")
                || k.endsWith("ées") || FRENCH_PARTICIPLE.matcher(k).find() && !lemma.endsWith("er")
                && !lemma.equals(k);
        if (verb == 0 || verb + 1 >= n || !participle) {
            return false;
        }
        int j = beforeAdverbs(verb);
        // « a rejeté ces critiques et reproché à X »: after « et » a participle before « à » shares the auxiliary
        // before it; there only « par » makes a passive.
        return j >= 0 && !has(j, Fn.AUXILIARY) && !has(j, Fn.COPULA) && !has(j, Fn.SUBJECT_PRONOUN)
                && !has(j, Fn.ELIDED_OBJECT) && (has(verb + 1, Fn.AGENT_MARKER)
                || !english && has(verb + 1, Fn.PLACE_PREPOSITION) && !has(j, Fn.CONJUNCTION));
    }

    /**
     * « Ankara a fermé les détroits, une décision saluée à Kiev », "Israel reopened the crossing, a move welcomed
     * by Cairo": a participle judging a noun in apposition judges the act the sentence reported before the comma;
     * its author is the target in the sentence's subject, at the weight of a judged act.
     */
    private Attach apposedAct(int verb) {
        int noun = beforeAdverbs(verb);
        if (noun < 2 || !isContent(noun) || mentionAt[noun] != NONE || !has(noun - 1, Fn.SUMMING_UP)
                || !key[noun - 2].equals(",")) {
            return null;
        }
        int subject = subjectOfSentence(sentence[verb], null);
        return subject == NONE || mentions[subject].firstToken() >= noun ? null
                : new Attach(subject, "apposed-act", ACT_OWNER_FACTOR, false);
    }

    /** The token before a verb and the adverbs that modify it (« vivement critiqué »). */
    private int beforeAdverbs(int verb) {
        int j = verb - 1;
        while (j >= 0 && (has(j, Fn.INTENSIFIER) || has(j, Fn.NEGATION_COMPLEMENT))) {
            j--;
        }
        return j;
    }

    /**
     * « Netanyahou, ovationné par … », "Turkey, praised by …", "Turkey's offer, welcomed by …": the reference
     * the noun before the participle (and its adverbs and comma) names.
     */
    private int ownerBefore(int verb) {
        int j = beforeAdverbs(verb);
        // the comma of an apposition may also end a clause: the noun phrase before it is checked on its own
        boolean apposed = j > 0 && key[j].equals(",");
        if (apposed) {
            j--;
        }
        int last = apposed ? j : verb;
        for (int skipped = 0; j >= 0 && mentionAt[j] == NONE && skipped < 2 && (isContent(j) || has(j, Fn.GENITIVE));
                j--) {
            if (isContent(j)) {
                skipped++;
            }
        }
        return j >= 0 && mentionAt[j] != NONE && sameClause(j, last) ? j : NONE;
    }

    /** Nearest target in the same clause, within a few tokens; never a speaker. */
    private Attach nearest(Occ occ) {
        int c = clause[occ.start()];
        int best = NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (int m = 0; m < mentions.length; m++) {
            Mention mention = mentions[m];
            int first = mention.firstToken();
            if (first < 0 || first >= n || clause[first] != c || speakerMention[m]) {
                continue;
            }
            int distance = mention.endToken() <= occ.start() ? occ.start() - mention.endToken()
                    : first - occ.end();
            if (distance < 0) {
                distance = 0;
            }
            if (distance < bestDistance) { // ties go to the earlier mention
                best = m;
                bestDistance = distance;
            }
        }
        if (best == NONE && pronounAntecedent(clauseStart[c]) != NONE
                && !(occ.cue().cueClass() == CueClass.EVALUATIVE_ADJECTIVE && has(clauseStart[c] + 1, Fn.COPULA))) {
            // ("It is unacceptable to …": "it" before a copula and a judgement is no one.)
            return new Attach(pronounAntecedent(clauseStart[c]), "pronoun-subject", params.nearestFactor(), false);
        }
        if (best == NONE && (!english || relativeAntecedent(clauseStart[c]) == NONE && !inSpeakerPhrase(occ))) {
            return soleTargetOfSentence(occ);
        }
        // (French: only through the subject rules, « Erdogan, qui menaçait de lancer une offensive » is no agent)
        if ((best == NONE || bestDistance > params.nearestMaxDistance()) && english
                && relativeAntecedent(clauseStart[c]) != NONE) {
            return new Attach(relativeAntecedent(clauseStart[c]), "relative-antecedent", params.nearestFactor(), false);
        }
        if (best == NONE || bestDistance > params.nearestMaxDistance()) {
            return null;
        }
        return new Attach(best, "nearest-target", params.nearestFactor(), false);
    }

    /** "Aid agencies said …": the cue is in the subject of a verb of speech, a description of the speakers. */
    private boolean inSpeakerPhrase(Occ occ) {
        for (int j = occ.end(); j < Math.min(n, occ.end() + 4) && sameClause(j, occ.start()) && isWord(j); j++) {
            if (has(j, Fn.REPORTING_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue in a clause without any target, in a sentence that names one target only and no speaker: French
     * news puts the judgement and its object in neighbouring clauses (« la colère se tourne vers Washington, qui
     * a lâché ses alliés »). Taken at a lower weight than the nearest target of the clause.
     */
    private Attach soleTargetOfSentence(Occ occ) {
        int sent = sentence[occ.start()];
        int found = NONE;
        for (int m = 0; m < mentions.length; m++) {
            int first = mentions[m].firstToken();
            if (first < 0 || first >= n || sentence[first] != sent) {
                continue;
            }
            if (speakerMention[m] || found != NONE && !mentions[found].target().equals(mentions[m].target())) {
                return null;
            }
            found = m;
        }
        return found == NONE ? null : new Attach(found, "nearest-target", SENTENCE_FALLBACK_FACTOR, false);
    }

    /** The nearest target before the cue in its clause: the subject of a predicate or act verb. */
    private Attach subjectBefore(Occ occ, String rule) {
        int s = occ.start();
        int from = Math.max(clauseStart[clause[s]], s - 12);
        for (int j = s - 1; j >= from; j--) {
            if (english && has(j, Fn.REPORTING_VERB) && mentionAt[j] == NONE) {
                return null; // "Erdogan said attacks on worshippers crossed a red line": the speaker is no subject
            }
            int m = mentionAt[j];
            if (m != NONE && !speakerMention[m]) {
                // « la guerre contre la Turquie traîne » : a target after a victim marker is not the subject.
                int before = skipDeterminersBackward(mentions[m].firstToken() - 1);
                if (before >= 0 && (has(before, Fn.VICTIM_MARKER) || has(before, Fn.BENEFICIARY_MARKER))) {
                    return null;
                }
                return new Attach(m, rule, 1.0, false);
            }
        }
        return from == clauseStart[clause[s]] ? antecedentAt(from) : null;
    }

    /**
     * "Turkey shelled the border town overnight. It has bombed …": a sentence that opens with "it" / "they"
     * continues the target that opened the sentence before it, "he" / "she" the leader that did; French below.
     */
    private int pronounAntecedent(int clauseFirst) {
        int s = sentence[clauseFirst];
        if (s == 0 || clauseFirst != sentenceStart[s] || !has(clauseFirst, Fn.SUBJECT_PRONOUN)) {
            return NONE;
        }
        boolean person = has(clauseFirst, Fn.PERSON);
        if (!english) {
            return frenchPronounAntecedent(clauseFirst);
        }
        if (!person && !has(clauseFirst, Fn.GROUP_PRONOUN)) {
            return NONE;
        }
        return subjectOfSentence(s - 1, person);
    }

    /**
     * « La Turquie a fermé sa frontière. Elle a aussi … »: « il », « elle », « ils », « elles » opening a sentence
     * continue the target (country or leader: French pronouns follow grammatical gender) that opened the one
     * before; not an impersonal « il » (« il faut », « il y a », « il s'agit »).
     */
    private int frenchPronounAntecedent(int clauseFirst) {
        if (!has(clauseFirst, Fn.THIRD_PERSON) || clauseFirst + 1 >= n || has(clauseFirst + 1, Fn.IMPERSONAL)) {
            return NONE;
        }
        return subjectOfSentence(sentence[clauseFirst] - 1, null);
    }

    /** The target in the subject of sentence {@code s} (a leader or not, or either when {@code person} is null). */
    private int subjectOfSentence(int s, Boolean person) {
        return subjectOfClause(sentenceStart[s], person);
    }

    /** The target in the subject of the clause that starts at {@code first}. */
    private int subjectOfClause(int first, Boolean person) {
        int end = sentenceEnd[sentence[first]];
        for (int j = first; j < Math.min(end, first + 8) && clause[j] == clause[first]; j++) {
            if (has(j, Fn.REPORTING_VERB) || has(j, Fn.AUXILIARY) || has(j, Fn.COPULA) || occAt[j] != NONE
                    || has(j, Fn.VICTIM_MARKER) || has(j, Fn.BENEFICIARY_MARKER)) {
                return NONE; // the subject ended without a target in it
            }
            int m = mentionAt[j];
            if (m != NONE && (person == null || (mentions[m].kind() == AliasKind.LEADER) == person)) {
                return m;
            }
        }
        return NONE;
    }

    /** "Washington, which withdrew from the deal, …": the target a relative clause starting here is about. */
    private int relativeAntecedent(int clauseFirst) {
        if (clauseFirst > 1 && key[clauseFirst - 1].equals(",") && clause[clauseFirst - 1] != clause[clauseFirst]
                && clause[clauseFirst - 1] == clause[clauseFirst] - 1 && !has(clauseFirst, Fn.CONJUNCTION)) {
            // "Ankara, which brokered the talks, was praised …": the clause after the relative has its antecedent
            int previous = clauseStart[clause[clauseFirst - 1]];
            if (previous != clauseFirst && has(previous, Fn.SUBJECT_RELATIVE)) {
                return relativeAntecedent(previous);
            }
        }
        if (!english && has(clauseFirst, Fn.SUBJECT_RELATIVE)) {
            return frenchRelativeAntecedent(clauseFirst);
        }
        int comma = clauseFirst - 1;
        if (comma < 1 || !key[comma].equals(",") || !has(clauseFirst, Fn.SUBJECT_RELATIVE)) {
            return NONE;
        }
        int m = mentionAt[comma - 1];
        return m != NONE && !speakerMention[m] ? m : NONE;
    }

    private static final int RELATIVE_ANTECEDENT_WORDS = 4;

    /**
     * « les frappes américaines qui ont tué », « le ministre turc des Affaires étrangères, qui a dénoncé »: French
     * « qui » stands for the noun phrase before it, with or without a comma; its target is the one that phrase
     * names or owns (at most four words back, no verb or cue between). Not the victim of an act (« l'offensive
     * contre la Turquie, qui … » is the offensive's).
     */
    private int frenchRelativeAntecedent(int relative) {
        int j = relative - 1;
        if (j >= 0 && key[j].equals(",")) {
            j--;
        }
        int from = Math.max(sentenceStart[sentence[relative]], j - RELATIVE_ANTECEDENT_WORDS + 1);
        for (; j >= from; j--) {
            int m = mentionAt[j];
            if (m != NONE) {
                int before = skipDeterminersBackward(mentions[m].firstToken() - 1);
                boolean victim = before >= 0 && (has(before, Fn.VICTIM_MARKER) || has(before, Fn.BENEFICIARY_MARKER));
                return victim || speakerMention[m] ? NONE : m;
            }
            if (!isWord(j) || occAt[j] != NONE || has(j, Fn.AUXILIARY) || has(j, Fn.COPULA)
                    || has(j, Fn.REPORTING_VERB) || has(j, Fn.BOUNDARY) || has(j, Fn.DEMONSTRATIVE)) {
                // (« ce qui a valu … » sums up a clause, no noun)
                return NONE;
            }
        }
        return NONE;
    }

    private Attach victimSubject(Occ occ) {
        Attach a = subjectBefore(occ, "target-is-victim");
        return a == null ? null : new Attach(a.mention(), "target-is-victim", 0, true);
    }

    /**
     * An English cue word used as the verb of its clause in the active voice: a progressive after a form of "be"
     * ("was meddling") or a perfect after a form of "have" ("has interfered"), not a passive ("was attacked").
     */
    private boolean finiteActiveVerb(int i) {
        if (i == 0 || !isWord(i)) {
            return false;
        }
        return has(i - 1, Fn.COPULA) && key[i].endsWith("ing") || has(i - 1, Fn.AUXILIARY) && key[i].endsWith("ed");
    }

    private boolean passive(int s) {
        for (int j = s - 1; j >= Math.max(0, s - 3); j--) {
            if (has(j, Fn.COPULA)) {
                // « s'est félicité » is a reflexive past, not a passive.
                return !has(j - 1, Fn.REFLEXIVE);
            }
            if (!(has(j, Fn.INTENSIFIER) || has(j, Fn.ATTENUATOR) || has(j, Fn.AUXILIARY) || has(j, Fn.NEGATOR)
                    || has(j, Fn.NEGATION_COMPLEMENT))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The object of an evaluative verb of speech: « a fustigé les États-Unis », "praised Turkey". When the object
     * is itself a cue (« condamne l'agression israélienne »), the verb evaluates that act: it goes to the act's
     * target, through {@code deferred}.
     */
    private Attach attachSpeech(Occ occ, int[] deferred) {
        if (english && occ.cue().has(CueFlag.NOT_A_VERB) && passive(occ.start())) {
            return feltAbout(occ);
        }
        if (passive(occ.start())) {
            Attach a = subjectBefore(occ, "object-of-verb");
            if (a != null) {
                return a;
            }
            if (english && tokens.get(occ.start()).text().endsWith("ed")) {
                return DROP; // "the pope was welcomed by Obama": a passive's object is its subject, no target here
            }
        }
        if (reducedPassive(occ.start())) {
            int before = ownerBefore(occ.start());
            if (before >= 0 && mentionAt[before] != NONE) {
                return new Attach(mentionAt[before], "object-of-verb", 1.0, false);
            }
            Attach act = apposedAct(occ.start());
            return act != null ? act : DROP;
        }
        if (!english && occ.cue().has(CueFlag.OF_HOLDER) && heldBy(occ.end())) {
            return DROP; // « la colère d'Ankara »: Ankara is angry, not the one blamed
        }
        if (!english) {
            int m = cliticObject(occ.start());
            if (m != NONE) {
                return new Attach(m, "pronoun-object", 1.0, false);
            }
        }
        if (english && has(occ.end(), Fn.OBJECT_PRONOUN) && !(occ.end() + 1 < n && isContent(occ.end() + 1))) {
            // "her" before a noun is a possessive ("praised her government"), not the object
            int m = leaderBefore(occ.start());
            return m == NONE ? null : new Attach(m, "pronoun-object", 1.0, false);
        }
        if (english && stateObject(occ.end())) {
            int m = stateBefore(occ.start());
            return m == NONE ? null : new Attach(m, "pronoun-object", 1.0, false);
        }
        if (english) {
            int m = reportedSubject(occ);
            if (m != NONE && speakersOwnSide(occ.start(), m)) {
                return DROP; // "Rubio warned that Washington would act": a side announcing its own acts
            }
            if (m != NONE) {
                return new Attach(m, "reported-subject", ACT_OWNER_FACTOR, false);
            }
        }
        // Room for adverbials before the object (« a dénoncé jeudi soir, avec la plus grande fermeté, les tirs »).
        int limit = Math.min(n, occ.end() + 12);
        for (int j = occ.end(); j < limit; j++) {
            if (!sameClause(j, occ.start())) {
                break;
            }
            if (english && has(j, Fn.REFLEXIVE)) {
                return DROP; // "defended itself against attacks by X": the verb's object is its own subject
            }
            if (!english && quoted[j]) {
                limit = Math.min(n, limit + 1); // a quoted object is one unit, however many words it quotes
            }
            int m = mentionAt[j];
            if (m != NONE) {
                if (speakerMention[m] || isSubject(m) && j > occ.end()) {
                    return null;
                }
                int head = mentions[m].endToken();
                if (english && addressee(head, occ)) {
                    return null;
                }
                if (english && head < n && occAt[head] != NONE && ownedRelation(head)
                        && occs.get(occAt[head]).cue().cueClass() == CueClass.ATTRIBUTE
                        && occs.get(occAt[head]).cue().weight() > 0) {
                    return null;
                }
                return new Attach(m, "object-of-verb", 1.0, false);
            }
            int o = occAt[j];
            if (!english && o != NONE && occs.get(o).cue().cueClass() == CueClass.ATTRIBUTE && has(j - 1, Fn.POSSESSIVE)) {
                continue; // « aux côtés de notre allié, la Turquie »: the relation is the speaker's, its apposition the object
            }
            if (o != NONE && occs.get(o).cue().cueClass() != CueClass.SPEECH_VERB
                    && !attach(o).rule().equals("nearest-target")) {
                // An act or quality that found no target of its own leaves the verb looking further
                // (« a salué « le courage » du président Erdoğan »).
                deferred[0] = o;
                Attach a = attach(o);
                if (a == DROP || a.mention() == NONE) {
                    // "condemned the strikes as …": an act no rule gives an agent is a party's of the paragraph
                    Attach owner = english ? actOwner(j, occ.start()) : null;
                    return owner != null ? owner : DROP;
                }
                return new Attach(a.mention(), a.victim() ? "target-is-victim" : "object-of-verb",
                        a.victim() ? 0 : 1.0, a.victim());
            }
            if (english && (has(j, Fn.SOURCE_PREPOSITION) || has(j, Fn.PARTIES_MARKER))) {
                return null; // "drew criticism from X" names who speaks; "strain relations between X and Y" both sides
            }
            Attach act = actOwner(j, occ.start());
            if (act != null) {
                return act;
            }
            String k = key[j];
            // A quotation inside the clause is the object's own words (« a salué « la position courageuse » de
            // la Turquie »); one that starts a clause has already ended it above.
            if (".!?;:".contains(k)) {
                break;
            }
        }
        return english ? null : soleTargetAfter(occ);
    }

    /**
     * "Americans were alarmed by Turkey's moves": the subject of a feeling (flag not-a-verb) is who feels it; only a
     * target named right after "by" is what it is felt about ("alarmed by the decision" judges no one by itself).
     */
    private Attach feltAbout(Occ occ) {
        int by = occ.end();
        if (by >= n || !has(by, Fn.AGENT_MARKER)) {
            return DROP;
        }
        int k = skipDeterminers(by + 1);
        return k < n && mentionAt[k] != NONE && sameClause(k, occ.start())
                ? new Attach(mentionAt[k], "object-of-verb", 1.0, false) : DROP;
    }

    /**
     * "warned that a Turkish presence would restrict …", "warned on Monday that the United States was …": a verb
     * of speech whose object is a that-clause judges what the clause's subject does; the target named in that
     * subject (before its verb, not as a victim, beneficiary or owned thing) is judged. NONE otherwise.
     */
    private int reportedSubject(Occ occ) {
        int j = occ.end();
        for (int skipped = 0; j < n && skipped < 4 && isWord(j) && !has(j, Fn.COMPLEMENTIZER) && mentionAt[j] == NONE
                && occAt[j] == NONE; skipped++) {
            j++;
        }
        if (j >= n || !has(j, Fn.COMPLEMENTIZER) || sentence[j] != sentence[occ.start()]) {
            return NONE;
        }
        for (int k = j + 1; k < Math.min(sentenceEnd[sentence[j]], j + 10); k++) {
            if (has(k, Fn.AUXILIARY) || has(k, Fn.COPULA) || has(k, Fn.REPORTING_VERB) || has(k, Fn.SUBJECT_PRONOUN)
                    || has(k, Fn.BOUNDARY) || key[k].equals(",")) {
                return NONE; // the subject ended without a target in it
            }
            int m = mentionAt[k];
            if (m != NONE) {
                int before = skipDeterminersBackward(mentions[m].firstToken() - 1);
                boolean complement = before >= 0 && (has(before, Fn.VICTIM_MARKER)
                        || has(before, Fn.BENEFICIARY_MARKER) || has(before, Fn.OF_MARKER));
                return complement || speakerMention[m] ? NONE : m;
            }
        }
        return NONE;
    }

    /** The speaker of the verb at v is of the country that mention m names. */
    private boolean speakersOwnSide(int v, int m) {
        return holderAt[v] != NONE && mentions[m].target().equals(holders.get(holderAt[v])[1]);
    }

    /**
     * "warned the U.S. Congress on Tuesday that …": an object followed by "that" is told something, the verb
     * judges what it is told, not the addressee.
     */
    private boolean addressee(int after, Occ verb) {
        for (int j = after; j < Math.min(n, after + 4); j++) {
            if (has(j, Fn.COMPLEMENTIZER)) {
                return true; // ("that" opens a clause of its own)
            }
            if (!sameClause(j, verb.start()) || !isWord(j) || occAt[j] != NONE || mentionAt[j] != NONE) {
                return false;
            }
        }
        return false;
    }

    /**
     * A French verb of speech whose object names no target (« a dénoncé un « marchandage » … pour complaire au
     * pouvoir turc »): the one target its sentence names after the verb, at the sentence fallback's weight. A
     * target before the verb is its subject or speaker, never what it judges; a name in the verb's clause is its
     * object.
     */
    private Attach soleTargetAfter(Occ occ) {
        Attach sole = soleTargetOfSentence(occ);
        if (sole == null) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.firstToken() >= sentenceStart[sentence[occ.start()]] && m.firstToken() < occ.end()) {
                return null;
            }
        }
        for (int j = occ.end(); j < n && sameClause(j, occ.start()); j++) {
            if (isName(j) && !quoted[j]) {
                return null; // « ne critique pas l'Iran »: the object is someone else, named
            }
        }
        return sole;
    }

    /** "… called Erdogan to thank him": the last leader named before the verb in its sentence other than its speaker. */
    private int leaderBefore(int verb) {
        // "Erdogan thanked him", "Obama, who thanked him": the verb's subject is never its object
        int end = subjectEnd(verb);
        int subject = end >= 0 ? mentionAt[end] : NONE;
        if (subject == NONE) {
            subject = relativeAntecedent(clauseStart[clause[verb]]);
        }
        for (int j = verb - 1; j >= sentenceStart[sentence[verb]]; j--) {
            int m = mentionAt[j];
            if (m != NONE && mentions[m].kind() == AliasKind.LEADER) {
                if (!speakerMention[m] && (subject == NONE || !mentions[m].target().equals(mentions[subject].target()))) {
                    return m;
                }
                j = mentions[m].firstToken(); // "Netanyahu thanked him": never the speaker, who is the subject
            }
        }
        return NONE;
    }

    /**
     * "accusing it of …", "condemned it.": a state pronoun right after a verb of speech is its object unless a verb
     * or a noun follows it ("warned it would …" makes it a subject, "it" then opens the reported clause).
     */
    private boolean stateObject(int i) {
        return i < n && has(i, Fn.STATE_PRONOUN) && !(i + 1 < n && (isContent(i + 1) || has(i + 1, Fn.AUXILIARY)
                || has(i + 1, Fn.COPULA) || has(i + 1, Fn.COMPLEMENTIZER) || mentionAt[i + 1] != NONE));
    }

    /**
     * The state a pronoun object stands for: the nearest target named before the verb in its sentence, neither a
     * person (him/her are {@link #leaderBefore}'s), nor the speaker, nor the verb's own subject ("Turkey has
     * accused it": only auxiliaries and adverbs between them).
     */
    private int stateBefore(int verb) {
        int subjectEnd = subjectEnd(verb);
        for (int j = verb - 1; j >= sentenceStart[sentence[verb]]; j--) {
            int m = mentionAt[j];
            if (m != NONE && j != subjectEnd && !speakerMention[m] && mentions[m].kind() != AliasKind.LEADER) {
                return m;
            }
        }
        return NONE;
    }

    /** The last token of a verb's subject, right before it but for adverbs, auxiliaries and negators. */
    private int subjectEnd(int verb) {
        int j = beforeAdverbs(verb);
        while (j >= 0 && (has(j, Fn.AUXILIARY) || has(j, Fn.NEGATOR))) {
            j = beforeAdverbs(j);
        }
        return j;
    }

    private int skipDeterminers(int j) {
        while (j < n && (has(j, Fn.DETERMINER) || has(j, Fn.OF_MARKER) && !english)) {
            j++;
        }
        return j;
    }

    private int skipDeterminersBackward(int j) {
        while (j >= 0 && has(j, Fn.DETERMINER)) {
            j--;
        }
        return j;
    }

    // ---------------------------------------------------------------- modifiers and evidence

    /** One piece of evidence before aggregation, with the holder of the words it comes from. */
    private record Ev(int mention, Evidence evidence, int holder, boolean victim, boolean fallbackOnly) {}

    private Ev evidence(Occ occ, Attach a, Occ deferredTo) {
        Cue cue = occ.cue();
        List<String> rules = new ArrayList<>(4);
        double w = cue.weight();
        int spanStart = occ.start();
        int spanEnd = occ.end();

        int negator = negator(occ, a);
        if (negator != NONE) {
            rules.add("negated");
            w = cue.weight() > 0 ? cue.weight() * params.negatedPositive() : cue.weight() * params.negatedNegative();
            spanStart = Math.min(spanStart, negator);
            for (int j = occ.end(); j < Math.min(n, occ.end() + 2); j++) {
                if (has(j, Fn.NEGATION_COMPLEMENT)) {
                    spanEnd = j + 1;
                    break;
                }
            }
        }
        double intensity = intensity(occ);
        if (intensity > 1) {
            rules.add("intensified");
        } else if (intensity < 1) {
            rules.add("attenuated");
        }
        w *= intensity;
        int contrast = contrast(occ.start());
        if (contrast > 0) {
            rules.add("after-contrast");
            w *= params.afterContrast();
        } else if (contrast < 0) {
            rules.add("before-contrast");
            w *= params.beforeContrast();
        }
        if (quoted[occ.start()]) {
            rules.add("quoted");
        }
        if (english && conditional(occ.start())) {
            rules.add("conditional");
            w *= CONDITIONAL_FACTOR;
        }
        if (deferredTo != null) {
            rules.add("evaluates-act");
        }
        if (negator != NONE) {
            // What was not said weighs no more for being said strongly or after « toutefois »: « sans toutefois
            // condamner fermement X » is not praise of X.
            double negated = Math.abs(cue.weight() > 0 ? cue.weight() * params.negatedPositive()
                    : cue.weight() * params.negatedNegative());
            w = Math.max(-negated, Math.min(negated, w));
        }
        rules.add(a.rule());
        w *= a.factor();
        if (a.victim()) {
            w = 0;
        }
        w = Math.round(w * 1000) / 1000.0;
        int begin = tokens.get(spanStart).begin();
        int end = tokens.get(spanEnd - 1).end();
        Mention mention = mentions[a.mention()];
        Evidence e = new Evidence(mention.target(), text.text().substring(begin, end), cue.lemma(), begin, end, w, rules);
        return new Ev(a.mention(), e, holderAt[occ.start()], a.victim(),
                a.rule().equals("nearest-target") || a.factor() < 1
                        && (a.rule().equals("relative-antecedent") || a.rule().equals("pronoun-subject")));
    }

    /** Weight kept by a cue in a condition: "if Israel invades Rafah" says what might happen, not what did. */
    private static final double CONDITIONAL_FACTOR = 0.5;

    /** The token's clause opens with "if" or "unless". */
    private boolean conditional(int token) {
        return has(clauseStart[clause[token]], Fn.CONDITION);
    }

    /**
     * A negator before the cue in its clause (within 6 tokens), unless cancelled (« non seulement », "not only") or
     * spent on a verb of tolerance whose object is the cue.
     */
    private int negator(Occ occ, Attach a) {
        int s = occ.start();
        int from = Math.max(clauseStart[clause[s]], s - 6);
        for (int j = s - 1; j >= from; j--) {
            if (has(j, Fn.NEGATOR) && !insideCue(j)) {
                if (has(j + 1, Fn.NEGATION_CANCELLER) || (j + 2 < s && has(j + 2, Fn.NEGATION_CANCELLER))) {
                    return NONE;
                }
                CueClass k = occ.cue().cueClass();
                boolean noun = k == CueClass.FRAMING || k == CueClass.ATTRIBUTE;
                // Only an act the grammar gives its author: "would not allow any threat on its border" refuses a
                // threat from no one, and the nearest target is not its author.
                boolean attributed = !a.rule().equals("nearest-target");
                if (occ.cue().weight() < 0 && attributed && refusedObject(j, s)) {
                    return NONE;
                }
                return !english && noun && prepositionBetween(j, s) ? NONE : j;
            }
        }
        return NONE;
    }

    /**
     * "will not accept Turkey's aggression", « ne tolérera jamais l'agression turque »: the negation refuses the verb
     * of tolerance, not the hostile act that is its object, which stays an accusation. The verb may sit inside the
     * « ne … jamais » frame, before the negator found.
     */
    private boolean refusedObject(int negator, int cue) {
        int from = negator;
        for (int k = negator - 1; k >= Math.max(clauseStart[clause[cue]], negator - 3); k--) {
            if (has(k, Fn.NEGATOR)) {
                from = k;
                break;
            }
        }
        for (int j = from + 1; j < cue; j++) {
            if (has(j, Fn.TOLERANCE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * « ne valait pas normalisation avec l'ennemi israélien »: the negation is the verb's; a noun inside a
     * prepositional complement keeps its sense. The partitive « pas de », « sans l'aide de » stay negated.
     */
    private boolean prepositionBetween(int negator, int cue) {
        for (int j = negator + 1; j < cue; j++) {
            boolean partitive = has(j, Fn.OF_MARKER) && skipDeterminers(j) == cue;
            if (has(j, Fn.COMITATIVE) || has(j, Fn.VICTIM_MARKER) || has(j, Fn.BENEFICIARY_MARKER)
                    || has(j, Fn.OF_MARKER) && !partitive && !has(j, Fn.DETERMINER)) {
                return true;
            }
        }
        return false;
    }

    /** The token is a word of a cue (« Non à l'Amérique, non à Israël »: the first « non » negates nothing). */
    private boolean insideCue(int token) {
        for (int j = token; j >= Math.max(0, token - 4); j--) {
            if (occAt[j] != NONE) {
                return occs.get(occAt[j]).end() > token;
            }
        }
        return false;
    }

    private double intensity(Occ occ) {
        double factor = 1;
        int[] around = {occ.start() - 1, occ.start() - 2, occ.end(), occ.end() + 1};
        for (int j : around) {
            if (j < 0 || j >= n || !sameClause(j, occ.start()) || mentionAt[j] != NONE) {
                continue;
            }
            if (has(j, Fn.INTENSIFIER) || has(j, Fn.ATTENUATOR)) {
                double f = lex.factorByKey.getOrDefault(key[j], 1.0);
                if (Math.abs(Math.log(f)) > Math.abs(Math.log(factor))) {
                    factor = f;
                }
            }
        }
        return factor;
    }

    private int[] contrastCache;

    /** "not only X but Y", "not just X but Y": the "but" at {@code but} adds Y to X, it does not oppose them. */
    private boolean closesNotOnly(int sentenceStart, int but) {
        for (int k = sentenceStart; k + 1 < but; k++) {
            if (has(k, Fn.NEGATOR) && has(k + 1, Fn.FOCUS)) {
                return true;
            }
        }
        return false;
    }

    /** +1 after a contrast marker of the sentence, -1 before one, 0 when the sentence has none. */
    private int contrast(int token) {
        if (contrastCache == null) {
            contrastCache = new int[n];
            for (int s = 0; s < sentenceStart.length; s++) {
                int start = sentenceStart[s];
                int end = Math.min(n, sentenceEnd[s]);
                for (int j = start; j < end; j++) {
                    if (!has(j, Fn.CONTRAST) || has(j + 1, Fn.ADDITIVE) || closesNotOnly(start, j)) {
                        continue;
                    }
                    boolean initial = true;
                    for (int k = start; k < j; k++) {
                        initial &= !isWord(k);
                    }
                    for (int k = j; k < end; k++) {
                        contrastCache[k] = 1;
                    }
                    if (initial && s > 0) {
                        for (int k = sentenceStart[s - 1]; k < Math.min(n, sentenceEnd[s - 1]); k++) {
                            if (contrastCache[k] == 0) {
                                contrastCache[k] = -1;
                            }
                        }
                    } else {
                        for (int k = start; k < j; k++) {
                            if (contrastCache[k] == 0) {
                                contrastCache[k] = -1;
                            }
                        }
                    }
                    break;
                }
            }
        }
        return contrastCache[token];
    }

    // ---------------------------------------------------------------- aggregation

    private List<TargetStance> aggregate(List<Ev> evidence) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.computeIfAbsent(m.target(), t -> new int[1])[0] += StandIns.isStandIn(m) ? 0 : 1;
        }
        List<TargetStance> out = new ArrayList<>(counts.size());
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            String target = entry.getKey();
            List<Evidence> list = new ArrayList<>();
            double sum = 0;
            double abs = 0;
            boolean allFallback = true;
            int strongest = NONE;
            double strongestWeight = 0;
            int counted = 0;
            for (Ev ev : evidence) {
                if (!ev.evidence().target().equals(target)) {
                    continue;
                }
                list.add(ev.evidence());
                double w = ev.evidence().weight();
                if (ev.victim()) {
                    continue;
                }
                counted++;
                sum += w;
                abs += Math.abs(w);
                allFallback &= ev.fallbackOnly();
                if (Math.abs(w) > strongestWeight) {
                    strongestWeight = Math.abs(w);
                    strongest = ev.holder();
                }
            }
            list.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            double score = Math.tanh(sum);
            double t = params.threshold();
            Stance stance = score >= t ? Stance.FAVOR : score <= -t ? Stance.AGAINST : Stance.NEUTRAL;
            String holder = "author";
            String holderCountry = null;
            if (strongest != NONE) {
                holder = holders.get(strongest)[0];
                holderCountry = holders.get(strongest)[1];
            }
            EvidenceClass evidenceClass = EvidenceClass.of(language, stance, counted, sum, abs, allFallback,
                    !holder.equals("author"));
            out.add(new TargetStance(target, entry.getValue()[0], stance, Math.round(score * 1000) / 1000.0,
                    confidences.confidence(evidenceClass), list, holder, holderCountry, evidenceClass));
        }
        return out;
    }
}
