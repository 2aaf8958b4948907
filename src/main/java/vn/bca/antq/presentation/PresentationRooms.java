package vn.bca.antq.presentation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Screens showing the same presentation ({@link Presentation#key()}) are in one room. A presenter's window leads it:
 * each slide it shows is sent to every other screen of the room, which follows instead of moving on by itself.
 * Following is for whoever may present; leading is a right of its own ({@code AccessScope.mayLeadPresentations}).
 */
@Service
@PreAuthorize("@accessScope.mayPresent()")
public class PresentationRooms {

    private final Map<String, Set<IntConsumer>> followers = new ConcurrentHashMap<>();
    private final Map<String, Set<Object>> leaders = new ConcurrentHashMap<>();
    private final Map<String, Integer> current = new ConcurrentHashMap<>();

    /** A screen joins; {@code follow} receives each slide position a presenter shows. Run the result to leave. */
    public Runnable follow(String room, IntConsumer follow) {
        followers.computeIfAbsent(room, k -> ConcurrentHashMap.newKeySet()).add(follow);
        return () -> followers.computeIfPresent(room, (k, set) -> set.remove(follow) && set.isEmpty() ? null : set);
    }

    /** A presenter's window starts leading the room; run the result when it closes. */
    @PreAuthorize("@accessScope.mayLeadPresentations()")
    public Runnable lead(String room, Object presenter) {
        leaders.computeIfAbsent(room, k -> ConcurrentHashMap.newKeySet()).add(presenter);
        return () -> {
            leaders.computeIfPresent(room, (k, set) -> set.remove(presenter) && set.isEmpty() ? null : set);
            if (!isLed(room)) {
                current.remove(room);
            }
        };
    }

    public boolean isLed(String room) {
        return leaders.containsKey(room);
    }

    /** The slide the room's presenter shows now, if it has one. */
    public Optional<Integer> position(String room) {
        return Optional.ofNullable(current.get(room));
    }

    /** The presenter shows {@code position}: every follower of the room moves there. */
    @PreAuthorize("@accessScope.mayLeadPresentations()")
    public void show(String room, int position) {
        current.put(room, position);
        followers.getOrDefault(room, Set.of()).forEach(f -> f.accept(position));
    }
}
