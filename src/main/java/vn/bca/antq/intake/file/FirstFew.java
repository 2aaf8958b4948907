package vn.bca.antq.intake.file;

import java.util.ArrayList;
import java.util.List;

/** The first few places of a problem, enough to find it in the sheet: "D5, D6, D7, D8, D9 …". */
final class FirstFew {

    private static final int NAMED = 5;

    private final List<String> first = new ArrayList<>();
    private int total;

    void add(String place) {
        if (total++ < NAMED) {
            first.add(place);
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    @Override
    public String toString() {
        return String.join(", ", first) + (total > first.size() ? " …" : "");
    }
}
