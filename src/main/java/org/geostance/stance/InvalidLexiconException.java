package org.geostance.stance;

/** A lexicon or actor file that cannot be loaded; the message is one line naming file:line. */
public class InvalidLexiconException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidLexiconException(String message) {
        super(message);
    }

    public InvalidLexiconException(String message, Throwable cause) {
        super(message, cause);
    }

    static InvalidLexiconException at(String file, int line, String problem) {
        return new InvalidLexiconException(file + ":" + line + ": " + problem);
    }
}
