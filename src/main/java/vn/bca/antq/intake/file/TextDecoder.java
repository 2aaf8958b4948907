package vn.bca.antq.intake.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells how the bytes of a text file are to be read as text, having checked that all of them can be (in chunks: the
 * text itself is never held whole, so a large file costs its bytes and no more). Accepted: UTF-8 with or without byte order mark, UTF-16 with a byte
 * order mark, and UTF-16 without one when the zero bytes show it plainly. Anything else is a legacy 8-bit encoding
 * (Windows-1258, TCVN3, VNI …) whose letters cannot be known for sure, so it is refused with the likely family
 * named, or random binary.
 */
final class TextDecoder {

    private static final int SAMPLE = 64 * 1024;

    /** The text starts at {@code offset} (after a byte order mark) and is in {@code charset}. */
    record Text(Charset charset, int offset) {}

    private TextDecoder() {}

    /** Question marks inside words from which a file is taken to have lost its letters. */
    static final int LOST_LETTERS = 3;

    static Text decode(byte[] content) throws FileRejectedException {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            Text text = strict(content, 3, StandardCharsets.UTF_8).orElseThrow(TextDecoder::notUtf8);
            checkLettersKept(content);
            return text;
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return strict(content, 2, StandardCharsets.UTF_16LE).orElseThrow(TextDecoder::brokenUtf16);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strict(content, 2, StandardCharsets.UTF_16BE).orElseThrow(TextDecoder::brokenUtf16);
        }
        Optional<Charset> utf16 = utf16WithoutMark(content);
        if (utf16.isPresent()) {
            return strict(content, 0, utf16.get()).orElseThrow(TextDecoder::brokenUtf16);
        }
        Optional<Text> utf8 = strict(content, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            checkLettersKept(content);
            return utf8.get();
        }
        if (controlBytes(content) * 200 > Math.min(content.length, SAMPLE)) {
            throw new FileRejectedException("intake.file.binary");
        }
        checkLettersKept(content);
        throw LegacyEncoding.guess(content)
                .map(family -> new FileRejectedException("intake.file.legacy-encoding", family.displayName()))
                .orElseGet(TextDecoder::notUtf8);
    }

    /**
     * A program that saved Vietnamese text in an encoding without its letters ("CSV (Comma delimited)" on a Western
     * system) wrote "?" in their place: "H? N?i". No conversion brings them back; the file must be saved again from the
     * original. Told by question marks touching letters, at least {@link #LOST_LETTERS} of them in the first 64 KB
     * and one inside a word ("N?i"): data files hardly ever ask questions.
     */
    private static void checkLettersKept(byte[] content) throws FileRejectedException {
        int found = 0;
        int first = -1;
        for (int i = 1; i < Math.min(content.length, SAMPLE) - 1; i++) {
            if (content[i] != '?') {
                continue;
            }
            boolean before = isLetter(content[i - 1]);
            boolean after = isLetter(content[i + 1]) || content[i + 1] == '?';
            if (before || after) {
                found++;
            }
            if (before && after && first < 0) {
                first = i;
            }
        }
        if (found >= LOST_LETTERS && first >= 0) {
            throw new FileRejectedException("intake.file.letters-lost", wordAround(content, first));
        }
    }

    private static boolean isLetter(byte b) {
        int c = b & 0xFF;
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80;
    }

    /** The word with the question mark, as the user will find it in the file ("N?i"). */
    private static String wordAround(byte[] content, int at) {
        int start = at;
        while (start > 0 && (isLetter(content[start - 1]) || content[start - 1] == '?') && at - start < 20) {
            start--;
        }
        int end = at;
        while (end < content.length - 1 && (isLetter(content[end + 1]) || content[end + 1] == '?') && end - at < 20) {
            end++;
        }
        StringBuilder word = new StringBuilder();
        for (int i = start; i <= end; i++) {
            int c = content[i] & 0xFF;
            word.append(c < 0x80 ? (char) c : '?');
        }
        return word.toString();
    }

    private static FileRejectedException notUtf8() {
        return new FileRejectedException("intake.file.not-utf8");
    }

    private static FileRejectedException brokenUtf16() {
        return new FileRejectedException("intake.file.broken-utf16");
    }

    /** The text, if every byte from {@code offset} on decodes in {@code charset}; decoded 64 K characters at a time. */
    private static Optional<Text> strict(byte[] content, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(SAMPLE);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Optional.empty();
            }
        } while (result.isOverflow());
        out.clear();
        if (decoder.flush(out).isError()) {
            return Optional.empty();
        }
        return Optional.of(new Text(charset, offset));
    }

    /**
     * Text in UTF-16 has a zero byte in every other position for Latin letters, digits and separators (Vietnamese
     * letters of the U+1Exx block have none). Zeros on one side in at least a third of the pairs and almost none on
     * the other side do not happen in a byte-oriented text or in a file with a few stray NUL bytes.
     */
    private static Optional<Charset> utf16WithoutMark(byte[] content) {
        int pairs = Math.min(content.length, SAMPLE) / 2;
        if (pairs < 2 || content.length % 2 != 0) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += content[2 * i] == 0 ? 1 : 0;
            oddZeros += content[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 3 >= pairs && evenZeros * 50 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 3 >= pairs && oddZeros * 50 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Control bytes that no text file holds (tab, line feed, carriage return and form feed are text). */
    private static int controlBytes(byte[] content) {
        int count = 0;
        for (int i = 0; i < Math.min(content.length, SAMPLE); i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
