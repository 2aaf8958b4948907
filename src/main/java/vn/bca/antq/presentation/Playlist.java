package vn.bca.antq.presentation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.Structure;

/**
 * A stored presentation: a name, the year of its figures and the structure they are shown on, seconds per slide, a
 * daily refresh time and its slides.
 */
@Entity
@Table(name = "playlist")
public class Playlist {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Column(name = "figures_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Structure structure = Structure.DEFAULT;

    @Column(name = "interval_seconds")
    private int intervalSeconds;

    private @Nullable LocalTime refreshAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "playlist_slide", joinColumns = @JoinColumn(name = "playlist_id"))
    @OrderColumn(name = "position")
    private List<PlaylistSlide> slides = new ArrayList<>();

    protected Playlist() {}

    Playlist(Presentation presentation, Instant now) {
        update(presentation, now);
    }

    final void update(Presentation presentation, Instant now) {
        this.name = presentation.name().strip();
        this.year = presentation.year();
        this.structure = presentation.structure();
        this.intervalSeconds = (int) presentation.interval().toSeconds();
        this.refreshAt = presentation.refreshAt();
        this.updatedAt = now;
        this.slides.clear();
        presentation.slides().forEach(s -> slides.add(new PlaylistSlide(s)));
    }

    public Presentation toPresentation() {
        return new Presentation(
                name,
                slides.stream().map(PlaylistSlide::toSpec).toList(),
                year,
                Duration.ofSeconds(intervalSeconds),
                refreshAt,
                id,
                structure);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public int getIntervalSeconds() {
        return intervalSeconds;
    }

    /** The time of day (Vietnam time) at which screens showing it take new figures; none: only by hand. */
    public @Nullable LocalTime getRefreshAt() {
        return refreshAt;
    }

    /** Increases with every save; an editor sends back the version it read (see {@link PlaylistService#save}). */
    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getSlideCount() {
        return slides.size();
    }
}
