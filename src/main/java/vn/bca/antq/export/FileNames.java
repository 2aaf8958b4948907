package vn.bca.antq.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.bca.antq.base.text.VietnameseText;

/**
 * File names of exports: an ASCII stem from the table's name (no diacritics, lower case, words joined by dashes) and
 * the day of the export, e.g. "Xếp hạng tỉnh 2025" on 24/11/2026 becomes {@code xep-hang-tinh-2025-24112026.xlsx}.
 * ASCII only, so that no browser, mail program or file system mangles it.
 */
public final class FileNames {

    private static final int LONGEST_STEM = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("ddMMyyyy");

    private FileNames() {}

    public static String of(String tableName, LocalDate day, ExportFormat format) {
        return stem(tableName) + "-" + DAY.format(day) + "." + format.extension();
    }

    static String stem(String tableName) {
        String words =
                VietnameseText.fold(tableName).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > LONGEST_STEM) {
            words = words.substring(0, LONGEST_STEM).replaceAll("-+$", "");
        }
        return words.isEmpty() ? "bang" : words;
    }
}
