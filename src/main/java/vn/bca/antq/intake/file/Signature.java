package vn.bca.antq.intake.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a file is, judged from its first bytes (its "magic number"), never from its name: a name is only what the
 * user or their mail program chose, the content decides how it can be read.
 */
enum Signature {
    ZIP,
    OLE2,
    TEXT,
    PDF,
    PNG,
    JPEG,
    GIF,
    EXE,
    ELF,
    GZIP,
    RAR,
    SEVEN_ZIP,
    HTML;

    private record Magic(Signature signature, byte[] bytes) {}

    private static final List<Magic> MAGICS = List.of(
            magic(ZIP, 'P', 'K', 3, 4),
            magic(ZIP, 'P', 'K', 5, 6),
            magic(ZIP, 'P', 'K', 7, 8),
            magic(OLE2, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            magic(PDF, '%', 'P', 'D', 'F'),
            magic(PNG, 0x89, 'P', 'N', 'G'),
            magic(JPEG, 0xFF, 0xD8, 0xFF),
            magic(GIF, 'G', 'I', 'F', '8'),
            magic(EXE, 'M', 'Z'),
            magic(ELF, 0x7F, 'E', 'L', 'F'),
            magic(GZIP, 0x1F, 0x8B),
            magic(RAR, 'R', 'a', 'r', '!'),
            magic(SEVEN_ZIP, '7', 'z', 0xBC, 0xAF));

    /** Markup a web page or an "Excel" export of an old web system starts with (case-insensitive, after spaces). */
    private static final List<String> MARKUP = List.of("<html", "<!doctype", "<?xml", "<table", "<head", "<body");

    static Signature of(byte[] content) {
        for (Magic magic : MAGICS) {
            if (content.length >= magic.bytes().length
                    && Arrays.equals(content, 0, magic.bytes().length, magic.bytes(), 0, magic.bytes().length)) {
                return magic.signature();
            }
        }
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(start::startsWith) ? HTML : TEXT;
    }

    /** How the refusal names the format: "PDF", "PNG", "7Z". */
    String displayName() {
        return this == SEVEN_ZIP ? "7Z" : name();
    }

    private static Magic magic(Signature signature, int... bytes) {
        byte[] array = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            array[i] = (byte) bytes[i];
        }
        return new Magic(signature, array);
    }
}
