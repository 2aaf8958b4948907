package vn.bca.antq.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An old unit continuing (wholly or in part) in a new unit after the 2025 reorganisation. */
@Entity
@Table(name = "admin_unit_succession")
public class UnitSuccession {

    public enum Kind {
        FULL,
        PARTIAL
    }

    @Embeddable
    public record Key(
            @Column(name = "predecessor_id") Long predecessorId,
            @Column(name = "successor_id") Long successorId) {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private LocalDate effectiveOn;

    protected UnitSuccession() {}

    public Long getPredecessorId() {
        return key.predecessorId();
    }

    public Long getSuccessorId() {
        return key.successorId();
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
