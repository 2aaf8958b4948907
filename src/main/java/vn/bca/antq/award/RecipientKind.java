package vn.bca.antq.award;

/** Awards and exemplars go to collectives or individuals. */
public enum RecipientKind {
    COLLECTIVE,
    INDIVIDUAL
}
