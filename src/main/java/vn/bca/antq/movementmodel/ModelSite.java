package vn.bca.antq.movementmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.source.Fact;

/** A replication site of a model in a commune, run by one or more teams. */
@Entity
@Table(name = "model_site")
public class ModelSite extends Fact {

    private Long modelId;
    private String siteName;
    private int teams;
    private @Nullable Integer members;
    private LocalDate startedOn;
    private @Nullable LocalDate endedOn;

    protected ModelSite() {
    }

    public Long getModelId() {
        return modelId;
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
