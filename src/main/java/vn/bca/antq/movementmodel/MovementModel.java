package vn.bca.antq.movementmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A model of the movement, registered with the unit whose body initiated it. */
@Entity
@Table(name = "movement_model")
public class MovementModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeUnitId;
    private Long sourceId;
    private Long modelTypeId;
    private String name;
    @Enumerated(EnumType.STRING)
    private InitiatingBody initiatingBody;
    @Enumerated(EnumType.STRING)
    private HostKind hostKind;
    @Enumerated(EnumType.STRING)
    private ModelStatus status;
    private LocalDate startedOn;
    private @Nullable LocalDate retiredOn;

    protected MovementModel() {
    }

    public Long getId() {
        return id;
    }

    public Long getHomeUnitId() {
        return homeUnitId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Long getModelTypeId() {
        return modelTypeId;
    }

    public String getName() {
        return name;
    }

    public InitiatingBody getInitiatingBody() {
        return initiatingBody;
    }

    public HostKind getHostKind() {
        return hostKind;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getRetiredOn() {
        return retiredOn;
    }
}
