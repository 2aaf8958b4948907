package vn.bca.antq.intake.file;

import java.text.Normalizer;

/** How every text cell is cleaned: trimmed (also of non-breaking and other Unicode spaces) and NFC-normalised. */
final class CellText {

    private CellText() {}

    static String clean(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC);
    }

    /** Whitespace, Unicode spaces (U+00A0, U+202F …) and the zero-width no-break space Excel leaves behind. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** "A" for column 0, "AB" for column 27: the way spreadsheets name columns. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    static String reference(int column, int rowNumber) {
        return columnName(column) + rowNumber;
    }
}
