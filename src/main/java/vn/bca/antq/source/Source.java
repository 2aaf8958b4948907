package vn.bca.antq.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The provenance of facts: every fact row points to one source. */
@Entity
@Table(name = "data_source")
public class Source implements Serializable {

    /** Stored in presentation snapshots: nodes of two builds read each other's while the fields stay the same. */
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String reference;
    private String title;
    private @Nullable String publisher;
    private @Nullable String author;
    private @Nullable LocalDate publishedOn;
    /** How much of {@link #publishedOn} is known: null means the day. */
    @Enumerated(EnumType.STRING)
    private @Nullable DatePrecision publishedPrecision;

    private @Nullable String note;
    /** Imports only: whether the submission the figures came in is approved (null: not subject to approval). */
    private @Nullable Boolean approved;

    protected Source() {}

    public Source(SourceKind kind, String reference, String title, @Nullable String note) {
        this.kind = kind;
        this.reference = reference;
        this.title = title;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public SourceKind getKind() {
        return kind;
    }

    /** File name of a seed article, number of a report, or the generator's name and seed. */
    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    /** The outlet of an article (e.g. "Báo Nam Định"); for an import, who imported it. */
    public @Nullable String getPublisher() {
        return publisher;
    }

    public @Nullable String getAuthor() {
        return author;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    /** How much of the publication date is known: the day unless said otherwise. */
    public DatePrecision getPublishedPrecision() {
        return publishedPrecision == null ? DatePrecision.DAY : publishedPrecision;
    }

    public @Nullable String getNote() {
        return note;
    }

    /** Imported figures not (yet) approved by the ministry: the UI marks them. */
    public boolean isUnapproved() {
        return kind == SourceKind.IMPORT && !Boolean.TRUE.equals(approved);
    }
}
