package org.geostance.stance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The infinitive of a French verb form, from LanguageTool's French dictionary (Dicollecte data, CC BY-SA 4.0,
 * shipped as a Maven artifact). Snowball leaves many forms of one verb apart (« remercie » / « remercier »,
 * « soutient » / « soutenir », « soutiennent »); the dictionary knows them all. One lookup per thread: morfologik's
 * lookup object is not thread-safe, and {@link Stems} caches the answers.
 */
final class FrenchLemmas {
    private static final String RESOURCE = "/org/languagetool/resource/fr/french.dict";
    private static final Dictionary DICTIONARY = read();

    private final DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);

    /**
     * The infinitive when every reading of the word is a form of one verb, otherwise null: a word that is also
     * a noun or an adjective in its own right (« président », « été », « menaces », « condamné ») is left to
     * Snowball, which already merges it with its family.
     */
    String verbOnly(String lowerCase) {
        List<WordData> readings = lookup.lookup(lowerCase);
        String infinitive = null;
        for (WordData reading : readings) {
            CharSequence tag = reading.getTag();
            String lemma = reading.getStem().toString();
            boolean verb = tag != null && tag.length() > 0 && tag.charAt(0) == 'V';
            if (!verb && lemma.equals(lowerCase)) {
                return null;
            }
            if (infinitive == null) {
                infinitive = lemma;
            } else if (!infinitive.equals(lemma)) {
                return null;
            }
        }
        return infinitive;
    }

    private static Dictionary read() {
        URL url = FrenchLemmas.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the French dictionary " + RESOURCE + " is not on the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
