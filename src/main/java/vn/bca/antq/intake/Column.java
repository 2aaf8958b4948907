package vn.bca.antq.intake;

import java.util.List;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.VietnameseText;

/**
 * A column of a dataset's file: a key, its header in Vietnamese and English (either is accepted, with or without
 * diacritics), how cells are read, whether every row needs a value and, for {@link ColumnType#CHOICE}, the choices.
 */
public record Column(
        String key, String headerVi, String headerEn, ColumnType type, boolean required, List<Choice> choices) {

    /** An allowed value: the code stored, and its words. */
    public record Choice(String code, String vi, String en) {}

    public static Column of(String key, String headerVi, String headerEn, ColumnType type, boolean required) {
        return new Column(key, headerVi, headerEn, type, required, List.of());
    }

    public static Column choice(String key, String headerVi, String headerEn, boolean required, List<Choice> choices) {
        return new Column(key, headerVi, headerEn, ColumnType.CHOICE, required, choices);
    }

    public String header(Language language) {
        return language.pick(headerVi, headerEn);
    }

    /** Whether a header cell names this column: its Vietnamese or English header or its key, ignoring case, marks and punctuation. */
    public boolean isNamedBy(String headerCell) {
        String given = normalise(headerCell);
        return given.equals(normalise(headerVi)) || given.equals(normalise(headerEn)) || given.equals(normalise(key));
    }

    static String normalise(String header) {
        return VietnameseText.fold(header.replaceAll("[^\\p{L}\\p{N}]+", " "));
    }
}
