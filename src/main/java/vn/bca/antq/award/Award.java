package vn.bca.antq.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.source.Fact;

/** A batch of awards for the movement, e.g. "Bằng khen của Bộ trưởng cho 9 tập thể". */
@Entity
@Table(name = "award")
public class Award extends Fact {

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
