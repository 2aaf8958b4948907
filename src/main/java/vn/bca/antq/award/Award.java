package vn.bca.antq.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A batch of awards for the movement, e.g. "Bằng khen của Bộ trưởng cho 9 tập thể". */
@Entity
@Table(name = "award")
public class Award {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private Long sourceId;
    private LocalDate awardedOn;
    @Enumerated(EnumType.STRING)
    private AwardForm form;
    @Enumerated(EnumType.STRING)
    private Issuer issuer;
    @Enumerated(EnumType.STRING)
    private RecipientKind recipientKind;
    private int quantity;
    private @Nullable String reason;

    protected Award() {
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public AwardForm getForm() {
        return form;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public int getQuantity() {
        return quantity;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
