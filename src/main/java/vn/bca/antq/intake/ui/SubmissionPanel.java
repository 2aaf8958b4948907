package vn.bca.antq.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.intake.Submission;
import vn.bca.antq.intake.Transition;

/**
 * Where a submission stands — its state as a badge, the deadline and whether it is late, the last comment — and the
 * approval steps the user may take now. A step that needs a reason asks for it in a dialog.
 */
class SubmissionPanel extends Div {

    private final ZoneId zone;
    private final Predicate<Transition> allowed;
    private final BiConsumer<Transition, @Nullable String> take;

    SubmissionPanel(ZoneId zone, Predicate<Transition> allowed, BiConsumer<Transition, @Nullable String> take) {
        this.zone = zone;
        this.allowed = allowed;
        this.take = take;
        setId("intake-status");
        addClassName("intake-status");
    }

    void show(Submission submission, LocalDate today) {
        removeAll();
        Span badge = StateBadge.of(this, submission.state());
        badge.setId("intake-state");
        Span deadline = new Span(getTranslation("intake.status.deadline", Format.date(submission.deadline())));
        add(badge, deadline);
        if (submission.isLate(today)) {
            Span late = new Span(getTranslation(
                    submission.firstSubmittedAt() == null ? "intake.status.overdue" : "intake.status.late"));
            late.addClassName("intake-late");
            add(late);
        }
        if (submission.stateBy() != null && submission.stateAt() != null) {
            add(new Span(getTranslation(
                    "intake.status.by", submission.stateBy(), Format.dateTime(submission.stateAt(), zone))));
        }
        if (submission.stateComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("intake.status.comment", submission.stateComment()));
            comment.setId("intake-state-comment");
            comment.addClassName("intake-status__comment");
            add(comment);
        }
        Div steps = new Div();
        steps.addClassName("intake-status__steps");
        for (Transition transition : Transition.values()) {
            if (transition.appliesTo(submission.state())
                    && allowed.test(transition)
                    && submission.currentImportId() != null) {
                Button button = new Button(getTranslation("intake.step." + transition.name()), e -> start(transition));
                button.setId("intake-step-" + transition.name().toLowerCase(Locale.ROOT));
                button.addThemeVariants(
                        transition == Transition.APPROVE || transition == Transition.SUBMIT
                                ? ButtonVariant.PRIMARY
                                : ButtonVariant.TERTIARY);
                steps.add(button);
            }
        }
        add(steps);
    }

    private void start(Transition transition) {
        if (!transition.needsComment()) {
            take.accept(transition, null);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("intake-step-dialog");
        dialog.setHeaderTitle(getTranslation("intake.step." + transition.name()));
        TextArea reason = new TextArea(getTranslation("intake.step.reason"));
        reason.setId("intake-step-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Button confirm = new Button(getTranslation("intake.step." + transition.name()), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("intake.step.commentNeeded"));
                return;
            }
            dialog.close();
            take.accept(transition, reason.getValue());
        });
        confirm.setId("intake-step-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("intake.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
