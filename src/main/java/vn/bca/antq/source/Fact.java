package vn.bca.antq.source;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A fact row: it belongs to an administrative unit and points to its source. */
@MappedSuperclass
public abstract class Fact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private Long sourceId;

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getSourceId() {
        return sourceId;
    }
}
