package vn.bca.antq.presentation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A deck with its figures frozen at {@code takenAt}: what a screen shows until it is refreshed. */
public record Snapshot(Deck deck, Instant takenAt, List<SlideData> slides) implements Serializable {

    public Snapshot {
        slides = List.copyOf(slides);
    }

    public int size() {
        return slides.size();
    }

    public SlideData get(int index) {
        return slides.get(index);
    }
}
