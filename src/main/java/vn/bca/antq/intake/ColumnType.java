package vn.bca.antq.intake;

/** How a column's cells are read. */
public enum ColumnType {
    /** An administrative unit's official code ("00001", "33"). */
    UNIT_CODE,
    /** Free text (names). */
    TEXT,
    /** A non-negative whole number; "1.234" (vi-VN thousands) is read as 1234. */
    COUNT,
    /** A non-negative number, whole or not; "97,37" (vi-VN) and "97.37" are both read as 97.37. */
    DECIMAL,
    /** A date: a date cell or dd/MM/yyyy text. */
    DATE,
    /** Có/Không (also x, yes/no, true/false, 1/0); blank means no. */
    YES_NO,
    /** One of a fixed list of codes, given as the code or its Vietnamese or English word. */
    CHOICE
}
