package org.geostance.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text: rejects binary content, honours byte-order marks, otherwise takes UTF-8 when the
 * bytes are valid UTF-8 and asks juniversalchardet when they are not. Every decode is strict: nothing is replaced.
 */
final class TextDecoder {

    record Decoded(String text, String charset) {
    }

    private record Bom(byte[] bytes, String charset) {
    }

    // Longest first: the UTF-32LE mark begins with the UTF-16LE one.
    private static final Bom[] BOMS = {
        new Bom(bytes(0xFF, 0xFE, 0x00, 0x00), "UTF-32LE"),
        new Bom(bytes(0x00, 0x00, 0xFE, 0xFF), "UTF-32BE"),
        new Bom(bytes(0xEF, 0xBB, 0xBF), "UTF-8"),
        new Bom(bytes(0xFF, 0xFE), "UTF-16LE"),
        new Bom(bytes(0xFE, 0xFF), "UTF-16BE"),
    };

    private record Signature(byte[] bytes, String name) {
    }

    private static final Signature[] SIGNATURES = {
        new Signature(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "PNG image"),
        new Signature(bytes(0xFF, 0xD8, 0xFF), "JPEG image"),
        new Signature(bytes('%', 'P', 'D', 'F', '-'), "PDF document"),
        new Signature(bytes('P', 'K', 0x03, 0x04), "ZIP archive"),
        new Signature(bytes('P', 'K', 0x05, 0x06), "ZIP archive"),
        new Signature(bytes('P', 'K', 0x07, 0x08), "ZIP archive"),
    };

    private static final String WINDOWS_1252 = "WINDOWS-1252";
    private static final String ISO_8859_15 = "ISO-8859-15";

    private TextDecoder() {
    }

    static Decoded decode(byte[] data) throws Rejected {
        for (Signature signature : SIGNATURES) {
            if (startsWith(data, signature.bytes())) {
                throw new Rejected(Rejection.BINARY_CONTENT, "starts like a " + signature.name() + ", not text");
            }
        }
        Bom bom = bomOf(data);
        boolean wide = bom != null && !bom.charset().equals("UTF-8");
        if (!wide) {
            int nul = indexOfNul(data);
            if (nul >= 0) {
                throw new Rejected(Rejection.BINARY_CONTENT, "has a NUL byte at offset " + nul
                        + " (binary data, or UTF-16 without a byte-order mark)");
            }
        }
        if (bom != null) {
            return strict(data, bom.bytes().length, bom.charset());
        }
        Attempt utf8 = attempt(data, 0, StandardCharsets.UTF_8);
        if (utf8.text() != null) {
            // Valid non-ASCII UTF-8 almost never happens by accident in a legacy encoding, so this beats a guess.
            return new Decoded(utf8.text(), "UTF-8");
        }
        String detected = detect(data);
        if (detected == null || detected.equals("UTF-8") || detected.equals("US-ASCII")) {
            throw new Rejected(Rejection.UNDECODABLE, "is not valid UTF-8 (bad byte 0x"
                    + String.format("%02X", data[utf8.errorOffset()] & 0xFF) + " at offset " + utf8.errorOffset()
                    + ") and no other charset was detected");
        }
        if (!Charset.isSupported(detected)) {
            throw new Rejected(Rejection.UNDECODABLE, "looks like " + detected + ", which this JVM cannot decode");
        }
        if (detected.equals(WINDOWS_1252) && looksLikeIso885915(data)) {
            return strict(data, 0, ISO_8859_15);
        }
        return strict(data, 0, detected);
    }

    private static String detect(byte[] data) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(data, 0, data.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /**
     * The detector reports ISO-8859-1/-15 files as windows-1252; they decode alike except where -15 put € and œ.
     * Without any byte in 0x80-0x9F (printable only in windows-1252), a ¤ (€ in -15) or a ¼ ½ ¾ touching a letter
     * (Œ œ Ÿ in -15, as in "cœur") means ISO-8859-15.
     */
    private static boolean looksLikeIso885915(byte[] data) {
        boolean fifteenOnly = false;
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b >= 0x80 && b <= 0x9F) {
                return false;
            }
            if (b == 0xA4 || (b >= 0xBC && b <= 0xBE
                    && (isAsciiLetter(data, i - 1) || isAsciiLetter(data, i + 1)))) {
                fifteenOnly = true;
            }
        }
        return fifteenOnly;
    }

    private static boolean isAsciiLetter(byte[] data, int i) {
        if (i < 0 || i >= data.length) {
            return false;
        }
        int b = data[i] | 0x20;
        return b >= 'a' && b <= 'z';
    }

    private static Decoded strict(byte[] data, int offset, String charset) throws Rejected {
        Attempt attempt = attempt(data, offset, Charset.forName(charset));
        if (attempt.text() == null) {
            throw new Rejected(Rejection.UNDECODABLE, "is not valid " + charset + " (bad bytes at offset "
                    + attempt.errorOffset() + ")");
        }
        return new Decoded(attempt.text(), charset);
    }

    /** The decoded text, or null and the offset of the first byte that is malformed or unmappable. */
    private record Attempt(String text, int errorOffset) {
    }

    private static Attempt attempt(byte[] data, int offset, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, data.length - offset);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
            return new Attempt(text, -1);
        } catch (CharacterCodingException e) {
            // The decoder stops with the buffer positioned at the offending bytes.
            return new Attempt(null, in.position());
        }
    }

    private static Bom bomOf(byte[] data) {
        for (Bom bom : BOMS) {
            if (startsWith(data, bom.bytes())) {
                return bom;
            }
        }
        return null;
    }

    private static int indexOfNul(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
