package vn.bca.antq.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A province, district or commune of one era (or the nation). Reference data: read-only in the application. */
@Entity
@Table(name = "admin_unit")
public class AdminUnit implements Serializable {

    /** Stored in presentation snapshots: nodes of two builds read each other's while the fields stay the same. */
    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private @Nullable Era era;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    private UnitLevel level;

    private String code;
    private String name;
    private String shortName;
    private String nameEn;
    private String unitType;
    private @Nullable Long parentId;
    private LocalDate validFrom;
    private @Nullable LocalDate validTo;

    protected AdminUnit() {}

    public Long getId() {
        return id;
    }

    public @Nullable Era getEra() {
        return era;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    /** Full official name with its type, e.g. "Tỉnh Thái Bình". */
    public String getName() {
        return name;
    }

    /** Name without the type prefix, e.g. "Thái Bình". */
    public String getShortName() {
        return shortName;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getUnitType() {
        return unitType;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    @Override
    public String toString() {
        return name + " (" + level + " " + code + ", " + era + ")";
    }
}
