package vn.bca.antq.intake.file;

import java.util.Optional;

/**
 * The 8-bit encodings Vietnamese files were saved in before Unicode, told apart by the bytes each uses for its most
 * frequent letters. Only a guess for the refusal message: none of them is read, because a wrong guess would store
 * wrong names without anyone noticing.
 * <ul>
 * <li>TCVN3 (ABC, fonts ".VnTime"): one byte per letter; ă â ê ô ơ ư đ and à ả ã á ạ sit at A8–AE and B5–B9,
 * where the others have symbols ("Hµ Néi").</li>
 * <li>VNI (fonts "VNI-Times"): a plain vowel followed by a byte that adds the marks ("Haø Noäi").</li>
 * <li>Windows-1258: tone marks as separate combining bytes CC EC D2 DE F2 after the letter ("Vi\u00EA\u00F2t").</li>
 * </ul>
 */
enum LegacyEncoding {
    TCVN3("TCVN3 (ABC)"),
    VNI("VNI"),
    WINDOWS_1258("Windows-1258");

    private static final int SAMPLE = 64 * 1024;
    private static final String VOWELS = "aeiouyAEIOUY";

    private final String displayName;

    LegacyEncoding(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    static Optional<LegacyEncoding> guess(byte[] content) {
        int tcvn3 = 0;
        int vni = 0;
        int windows1258 = 0;
        int previous = ' ';
        for (int i = 0; i < Math.min(content.length, SAMPLE); i++) {
            int b = content[i] & 0xFF;
            if (b >= 0xA8 && b <= 0xAE || b >= 0xB5 && b <= 0xB9) {
                tcvn3++;
            }
            if (VOWELS.indexOf(previous) >= 0 && isVniMark(b)) {
                vni++;
            }
            if (isLetter(previous) && (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2)) {
                windows1258++;
            }
            previous = b;
        }
        int best = Math.max(tcvn3, Math.max(vni, windows1258));
        if (best == 0) {
            return Optional.empty();
        }
        return Optional.of(best == tcvn3 ? TCVN3 : best == vni ? VNI : WINDOWS_1258);
    }

    /**
     * VNI's mark bytes after a vowel: tones (F9 F8 FB F5 EF), circumflex with a tone (E1 E0 E5 E3 E4), breve with a
     * tone (E9 E8 FA FC EB) and the horn of ư (F6), in lower and upper case. The bare circumflex and breve (E2 EA)
     * and ơ (F4) are left out: Windows-1258 uses those bytes for â ê ô after a vowel too.
     */
    private static boolean isVniMark(int b) {
        int lower = b >= 0xC0 && b <= 0xDF ? b + 0x20 : b;
        return switch (lower) {
            case 0xF9, 0xF8, 0xFB, 0xF5, 0xEF, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB, 0xF6 -> true;
            default -> false;
        };
    }

    private static boolean isLetter(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0xC0;
    }
}
