package vn.bca.antq.movementmodel;

/** Life cycle of a model. */
public enum ModelStatus {
    NEW,
    REVIEWED,
    REPLICATED,
    RETIRED
}
