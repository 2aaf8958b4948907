package vn.bca.antq.intake;

import java.util.List;
import java.util.regex.Pattern;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.base.text.VietnameseText;

/**
 * Whether a name typed in a file names a unit, the way people write it: with or without diacritics and case, with
 * or without its type ("Xã", "Phường", "Thị trấn", "Đặc khu", ... or "Commune", "Ward" in English).
 */
final class UnitNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Unit types as written before a name (Vietnamese, folded), the longest first so "thi xa" wins over "xa". */
    private static final List<String> PREFIXES = List.of(
            "thanh pho ", "thi tran ", "dac khu ", "thi xa ", "phuong ", "huyen ", "quan ", "tinh ", "xa ", "tp ");
    /** Unit types as written after a name in English (folded). */
    private static final List<String> SUFFIXES =
            List.of(" special zone", " province", " district", " commune", " ward", " town", " city");

    private UnitNames() {}

    /** Whether {@code typed} names {@code unit}: its Vietnamese or English name, with or without its type. */
    static boolean names(String typed, AdminUnit unit) {
        String given = bare(typed);
        return !given.isEmpty()
                && (given.equals(bare(unit.getName()))
                        || given.equals(bare(unit.getShortName()))
                        || given.equals(bare(unit.getNameEn())));
    }

    /** The name without case, marks, punctuation and its type. */
    static String bare(String name) {
        String folded = VietnameseText.fold(PUNCTUATION.matcher(name).replaceAll(" "));
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                folded = folded.substring(prefix.length());
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (folded.endsWith(suffix) && folded.length() > suffix.length()) {
                folded = folded.substring(0, folded.length() - suffix.length());
                break;
            }
        }
        return folded.strip();
    }
}
