package vn.bca.antq.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text matching the way users type Vietnamese: with or without diacritics ("ha noi" finds "Hà Nội"). */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {}

    /** Lower case, without tone marks or letter diacritics (đ becomes d), single spaces. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} contains {@code query}, ignoring case and diacritics. */
    public static boolean matches(String text, String query) {
        return fold(text).contains(fold(query));
    }
}
