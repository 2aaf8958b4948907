package vn.bca.antq.intake;

/**
 * An error stops the commit; a warning lets it through once the officer explains it in a comment; a notice only says
 * how the file was read (which sheet, which rows were skipped as totals).
 */
public enum Severity {
    ERROR,
    WARNING,
    NOTICE
}
