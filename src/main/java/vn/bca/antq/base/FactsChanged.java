package vn.bca.antq.base;

/**
 * Figures changed on this node (an import stored, a submission approved or returned, demo data written): caches of
 * figures start again at once. Other nodes notice within a second through the database (see indicator/FactCache).
 */
public record FactsChanged(String why) {}
