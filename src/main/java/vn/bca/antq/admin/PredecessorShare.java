package vn.bca.antq.admin;

/**
 * The part of an old unit's figures that one of its successors carries on today's structure: all of it when the old
 * unit went whole into this successor, otherwise one of {@code parts} equal shares (the old unit was split among
 * {@code parts} new communes; the crosswalk gives no area or population to weigh them by). {@code position} is this
 * successor's place among them in code order. See docs/GEOGRAPHY.md.
 */
public record PredecessorShare(AdminUnit predecessor, boolean exact, int position, int parts) {

    public PredecessorShare {
        if (parts < 1 || position < 0 || position >= parts) {
            throw new IllegalArgumentException("Share " + position + " of " + parts + " of " + predecessor);
        }
    }

    /**
     * This successor's share of a whole amount, in whole units: each of the {@code parts} successors gets
     * amount / parts, and what is left (fewer than {@code parts} units) goes one each to the successors in code
     * order. The shares of all successors add up to the amount exactly, and a smaller amount never gets a larger
     * share (so recognised units never exceed the total they belong to).
     */
    public long of(long amount) {
        return amount / parts + (position < amount % parts ? 1 : 0);
    }
}
