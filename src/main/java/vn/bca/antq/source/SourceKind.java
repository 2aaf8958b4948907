package vn.bca.antq.source;

/** Where a figure comes from; the UI names it next to every number. */
public enum SourceKind {
    /** One of the five press articles the seed facts come from (docs/FIGURES.md), named by file. */
    SEED_ARTICLE,
    /** An official report of the ministry or a province. */
    OFFICIAL_REPORT,
    /** Generated demo data: realistic, but not real. */
    SYNTHETIC,
    /** Imported from a province's submission. */
    IMPORT
}
