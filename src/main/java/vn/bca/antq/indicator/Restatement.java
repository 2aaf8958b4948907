package vn.bca.antq.indicator;

/**
 * How a new commune carries, on today's structure, an indicator's figures of the old units it was formed from (before
 * 01/07/2025); see docs/GEOGRAPHY.md. An old unit that went whole into one new commune is carried exactly either way.
 */
public enum Restatement {
    /**
     * Counts, and the numerator and denominator of a rate, of an old unit split among several new communes are
     * divided among them in equal whole shares (rates are then the ratio of the sums).
     */
    APPORTIONED,
    /**
     * A yes/no fact about the old unit itself (a commune recognised "An toàn về ANTT") cannot be divided: every new
     * commune counts each of its predecessors whole, so its figure is the share of its predecessors recognised.
     */
    SHARE_OF_PREDECESSORS
}
