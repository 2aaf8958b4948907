package vn.bca.antq.presentation;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.admin.Structure;
import vn.bca.antq.indicator.Years;
import vn.bca.antq.security.AuditService;

/** Stores playlists after checking them; a rejected playlist leaves the stored ones as they were. */
@Service
@PreAuthorize("@accessScope.mayPresent()")
public class PlaylistService {

    public static final int LONGEST_NAME = 120;
    public static final int MOST_SLIDES = 100;

    private final PlaylistRepository playlists;
    private final AdministrativeUnits units;
    private final Clock clock;
    private final AuditService audit;

    PlaylistService(PlaylistRepository playlists, AdministrativeUnits units, Clock clock, AuditService audit) {
        this.playlists = playlists;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Playlist> all() {
        return playlists.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Playlist> find(long id) {
        return playlists.findById(id);
    }

    /**
     * Saves a new playlist ({@code id} null) or replaces one whose {@code version} the editor read; throws
     * {@link InvalidPlaylistException} when the playlist is invalid, its name taken, or someone saved it meanwhile.
     */
    @Transactional
    @PreAuthorize("@accessScope.mayEditPlaylists()")
    public Playlist save(@Nullable Long id, int version, Presentation presentation) {
        Presentation named = withNormalName(presentation);
        check(named);
        String name = named.name();
        playlists
                .findByName(name)
                .filter(other -> id == null || !id.equals(other.getId()))
                .ifPresent(other -> {
                    throw new InvalidPlaylistException("playlist.error.name-taken", name);
                });
        Playlist playlist;
        @Nullable String before = null;
        if (id == null) {
            playlist = new Playlist(named, clock.instant());
        } else {
            playlist = playlists
                    .findById(id)
                    .orElseThrow(() -> new InvalidPlaylistException("playlist.error.not-found", String.valueOf(id)));
            if (playlist.getVersion() != version) {
                throw new InvalidPlaylistException("playlist.error.changed", playlist.getName());
            }
            before = describe(playlist.toPresentation());
            playlist.update(named, clock.instant());
        }
        try {
            Playlist saved = playlists.saveAndFlush(playlist);
            audit.recordChange(
                    "playlist " + saved.getId(),
                    id == null ? "playlist created" : "playlist saved",
                    before,
                    describe(saved.toPresentation()));
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidPlaylistException("playlist.error.changed", name);
        } catch (DataIntegrityViolationException e) {
            // the check above passed, so another editor took the name in the meantime (unique key uk_playlist_name)
            throw new InvalidPlaylistException("playlist.error.name-taken", name);
        }
    }

    /**
     * The name as stored: without surrounding blanks and in Unicode NFC, so that "Hội nghị" typed with combining marks
     * (some Vietnamese keyboards) is the same name as the precomposed one, and its length counts letters as the
     * database does.
     */
    private static Presentation withNormalName(Presentation presentation) {
        String name = Normalizer.normalize(presentation.name().strip(), Normalizer.Form.NFC);
        return name.equals(presentation.name())
                ? presentation
                : new Presentation(
                        name,
                        presentation.slides(),
                        presentation.year(),
                        presentation.interval(),
                        presentation.refreshAt(),
                        presentation.playlistId(),
                        presentation.structure());
    }

    @Transactional
    @PreAuthorize("@accessScope.mayEditPlaylists()")
    public void delete(long id) {
        playlists.findById(id).ifPresent(playlist -> {
            String before = describe(playlist.toPresentation());
            playlists.delete(playlist);
            audit.recordChange("playlist " + id, "playlist deleted", before, null);
        });
    }

    /** A playlist as the audit log keeps it: name, year, structure, interval, refresh time and slides as written in addresses. */
    private static String describe(Presentation presentation) {
        return "name=" + presentation.name() + "; year=" + presentation.year() + "; structure="
                + presentation.structure().code() + "; interval="
                + presentation.interval().toSeconds() + "s; refresh=" + presentation.refreshAt() + "; slides="
                + SlideSpec.formatList(presentation.slides());
    }

    /** Throws {@link InvalidPlaylistException} for the first thing wrong with the presentation. */
    public void check(Presentation presentation) {
        String name = Normalizer.normalize(presentation.name().strip(), Normalizer.Form.NFC);
        if (name.isEmpty()) {
            throw new InvalidPlaylistException("playlist.error.name-blank");
        }
        if (name.codePointCount(0, name.length()) > LONGEST_NAME) {
            throw new InvalidPlaylistException("playlist.error.name-long", String.valueOf(LONGEST_NAME));
        }
        if (!Years.covers(presentation.year())) {
            throw new InvalidPlaylistException(
                    "playlist.error.year", String.valueOf(Years.FIRST), String.valueOf(Years.LAST));
        }
        if (!Presentation.isAllowedInterval(presentation.interval())) {
            throw new InvalidPlaylistException(
                    "playlist.error.interval",
                    String.valueOf(Presentation.SHORTEST_INTERVAL.toSeconds()),
                    String.valueOf(Presentation.LONGEST_INTERVAL.toSeconds()));
        }
        if (presentation.slides().isEmpty() || presentation.slides().size() > MOST_SLIDES) {
            throw new InvalidPlaylistException("playlist.error.slides", String.valueOf(MOST_SLIDES));
        }
        List<String> unknown = new ArrayList<>(Deck.of(presentation, units).unknownProvinces());
        if (!unknown.isEmpty()) {
            throw presentation.structure() == Structure.CURRENT
                    ? new InvalidPlaylistException("playlist.error.provinces-today", String.join(", ", unknown))
                    : new InvalidPlaylistException(
                            "playlist.error.provinces",
                            String.join(", ", unknown),
                            String.valueOf(presentation.year()));
        }
    }
}
