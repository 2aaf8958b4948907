package vn.bca.antq.movementmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.award.RecipientKind;
import vn.bca.antq.source.Fact;

/** An advanced exemplar (điển hình tiên tiến) of the movement. */
@Entity
@Table(name = "exemplar")
public class Exemplar extends Fact {

    private @Nullable Long modelId;
    private String name;
    @Enumerated(EnumType.STRING)
    private RecipientKind recipientKind;
    private LocalDate recognisedOn;

    protected Exemplar() {
    }

    public @Nullable Long getModelId() {
        return modelId;
    }

    public String getName() {
        return name;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }
}
