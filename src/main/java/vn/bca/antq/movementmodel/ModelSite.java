package vn.bca.antq.movementmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A replication site of a model in a commune, run by one or more teams. */
@Entity
@Table(name = "model_site")
public class ModelSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long modelId;
    private Long unitId;
    private Long sourceId;
    private String siteName;
    private int teams;
    private @Nullable Integer members;
    private LocalDate startedOn;
    private @Nullable LocalDate endedOn;

    protected ModelSite() {
    }

    public Long getId() {
        return id;
    }

    public Long getModelId() {
        return modelId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getSiteName() {
        return siteName;
    }

    public int getTeams() {
        return teams;
    }

    public @Nullable Integer getMembers() {
        return members;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getEndedOn() {
        return endedOn;
    }
}
