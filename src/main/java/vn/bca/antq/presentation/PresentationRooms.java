package vn.bca.antq.presentation;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Screens showing the same presentation ({@link Presentation#key()}) are in one room. A presenter's window leads it:
 * each slide it shows is sent to every other screen of the room, which follows instead of moving on by itself.
 * Following is for whoever may present; leading is a right of its own ({@code AccessScope.mayLeadPresentations}).
 * <p>
 * Rooms span the nodes of a cluster through the database ({@link RoomBoard}): screens on this node follow at once;
 * once a second ({@code antq.presentation.rooms-sync}) this node says its presenters are still there and takes over
 * the slides that presenters on other nodes show, so a screen on another node follows within about a second.
 */
@Service
@PreAuthorize("@accessScope.mayPresent()")
public class PresentationRooms {

    private static final Logger log = LoggerFactory.getLogger(PresentationRooms.class);

    private final Map<String, Set<IntConsumer>> followers = new ConcurrentHashMap<>();
    private final Map<String, Set<Object>> leaders = new ConcurrentHashMap<>();
    private final Map<String, Integer> current = new ConcurrentHashMap<>();
    /** Rooms a presenter on another node leads, as the board said at the last sync. */
    private final Set<String> ledElsewhere = ConcurrentHashMap.newKeySet();
    /** When the slide of each room that this node took from the board was shown. */
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    private final RoomBoard board;
    private final @Nullable ScheduledExecutorService syncing;

    PresentationRooms(RoomBoard board, PresentationSettings settings) {
        this.board = board;
        long every = settings.roomsSync().toMillis();
        if (every > 0) {
            syncing = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("presentation-rooms").daemon().factory());
            // this::sync, not through the security proxy: the node's own work, for no user
            syncing.scheduleWithFixedDelay(this::syncQuietly, every, every, TimeUnit.MILLISECONDS);
        } else {
            syncing = null;
        }
    }

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
            if (!leaders.containsKey(room)) {
                current.remove(room);
                onBoard(() -> board.released(room));
            }
        };
    }

    public boolean isLed(String room) {
        return leaders.containsKey(room) || ledElsewhere.contains(room);
    }

    /** The slide the room's presenter shows now, if it has one. */
    public Optional<Integer> position(String room) {
        return isLed(room) ? Optional.ofNullable(current.get(room)) : Optional.empty();
    }

    /** The presenter shows {@code position}: every follower of the room moves there, on every node. */
    @PreAuthorize("@accessScope.mayLeadPresentations()")
    public void show(String room, int position) {
        current.put(room, position);
        notifyFollowers(room, position);
        onBoard(() -> board.moved(room, position));
    }

    /**
     * Says this node's presenters are still there, and moves this node's screens to the slides presenters on other
     * nodes show. Runs once a second by itself; tests call it.
     */
    void sync() {
        Map<String, Integer> led = new HashMap<>();
        leaders.keySet().forEach(room -> {
            Integer position = current.get(room);
            if (position != null) {
                led.put(room, position);
            }
        });
        board.stillLeading(led);
        Map<String, RoomBoard.Room> rooms = board.rooms(followers.keySet());
        for (String room : followers.keySet()) {
            if (leaders.containsKey(room)) {
                continue;
            }
            RoomBoard.Room shown = rooms.get(room);
            if (shown == null || !shown.led()) {
                // nobody leads it: its screens move on by themselves, and a presenter who comes back is news
                ledElsewhere.remove(room);
                current.remove(room);
                seen.remove(room);
                continue;
            }
            ledElsewhere.add(room);
            current.put(room, shown.position());
            if (!shown.movedAt().equals(seen.put(room, shown.movedAt()))) {
                notifyFollowers(room, shown.position());
            }
        }
        current.keySet().removeIf(room -> !followers.containsKey(room) && !leaders.containsKey(room));
        seen.keySet().retainAll(followers.keySet());
        ledElsewhere.retainAll(followers.keySet());
    }

    /**
     * A presenter's step is told to the other nodes, but a database away must not stop it on this one: the screens
     * here follow anyway, and the next sync tells the others the slide shown.
     */
    private void onBoard(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            log.warn("Presentation rooms could not be told to the other nodes: {}", e.toString());
        }
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            log.warn("Presentation rooms could not be synchronised with the other nodes: {}", e.toString());
        }
    }

    private void notifyFollowers(String room, int position) {
        followers.getOrDefault(room, Set.of()).forEach(f -> f.accept(position));
    }

    @PreDestroy
    void stop() {
        if (syncing != null) {
            syncing.shutdownNow();
        }
    }
}
