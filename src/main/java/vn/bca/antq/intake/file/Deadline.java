package vn.bca.antq.intake.file;

import java.time.Duration;

/** The time one file may take to read; checked between rows, so a file that reads slowly is refused, not waited for. */
final class Deadline {

    private final long endNanos;
    private final Duration limit;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    void check() throws FileRejectedException {
        if (System.nanoTime() - endNanos > 0) {
            throw new FileRejectedException("intake.file.too-slow", limit.toSeconds());
        }
    }
}
