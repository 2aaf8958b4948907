package vn.bca.antq.intake;

/** An error stops the commit; a warning lets it through once the officer explains it in a comment. */
public enum Severity {
    ERROR, WARNING
}
