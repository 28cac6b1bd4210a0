package org.geostance.ingest;

/** Internal signal that an input cannot become an article; the parser turns it into a {@link Rejection}. */
final class Rejected extends Exception {

    private static final long serialVersionUID = 1L;

    final String reason;

    Rejected(String reason, String detail) {
        // No stack trace: this is an expected outcome, raised once per bad input.
        super(detail, null, false, false);
        this.reason = reason;
    }
}
