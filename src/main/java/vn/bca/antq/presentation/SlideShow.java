package vn.bca.antq.presentation;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a screen is in its deck and when it moves on by itself: the position, whether it is paused, and the instant
 * of the next automatic change (every manual move restarts the interval, so a slide never flashes by).
 */
public final class SlideShow {

    private final int size;
    private final Duration interval;
    private int index;
    private boolean paused;
    private Instant nextChangeAt;

    public SlideShow(int size, Duration interval, int index, boolean paused, Instant now) {
        if (size < 1) {
            throw new IllegalArgumentException("A slide show needs at least one slide");
        }
        this.size = size;
        this.interval = interval;
        this.index = Math.floorMod(index, size);
        this.paused = paused;
        this.nextChangeAt = now.plus(interval);
    }

    public int index() {
        return index;
    }

    public int size() {
        return size;
    }

    public boolean paused() {
        return paused;
    }

    public Instant nextChangeAt() {
        return nextChangeAt;
    }

    public void next(Instant now) {
        goTo(index + 1, now);
    }

    public void previous(Instant now) {
        goTo(index - 1, now);
    }

    /** Shows the slide at {@code position} (wrapping around both ends) for a whole interval. */
    public void goTo(int position, Instant now) {
        index = Math.floorMod(position, size);
        nextChangeAt = now.plus(interval);
    }

    public void setPaused(boolean paused, Instant now) {
        this.paused = paused;
        nextChangeAt = now.plus(interval);
    }

    /**
     * Moves on if the interval has run out and the show is not paused; returns whether it moved. The next change is
     * due one interval after this one was due, not after the tick that noticed it, so slides keep their pace; a show
     * that fell behind by more than an interval (a stalled screen) starts afresh from now.
     */
    public boolean tick(Instant now) {
        if (paused || now.isBefore(nextChangeAt)) {
            return false;
        }
        Instant due = nextChangeAt.plus(interval);
        next(now);
        if (due.isAfter(now)) {
            nextChangeAt = due;
        }
        return true;
    }
}
