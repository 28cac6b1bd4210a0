package org.geostance.targets;

/**
 * A targets file that cannot be used. The message is one line: the source name, the JSON path of the faulty
 * value and the problem, e.g. {@code targets.json: $.targets[2].aliases.fr[5].from: not a date (2021-13-01)}.
 */
public class InvalidTargetsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;

    public InvalidTargetsException(String sourceName, String jsonPath, String problem) {
        super(sourceName + ": " + (jsonPath == null ? "" : jsonPath + ": ") + oneLine(problem));
        this.jsonPath = jsonPath;
    }

    /** The JSON path of the faulty value ({@code $.targets[0].code}), or null for a file that is not JSON. */
    public String jsonPath() {
        return jsonPath;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
