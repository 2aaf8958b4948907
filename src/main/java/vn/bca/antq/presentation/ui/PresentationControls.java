package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The small control bar of a presentation: previous, pause/resume, next, refresh figures, full screen, leave. It shows
 * while the mouse moves over the screen and hides (with the pointer) three seconds after it stops.
 */
final class PresentationControls extends Div {

    /** What the controls do; the presentation implements it. */
    interface Actions {
        void previous();

        void togglePause();

        void next();

        void refresh();

        void toggleFullScreen();

        void leave();
    }

    private final Span pause;

    PresentationControls(Actions actions) {
        setId("present-controls");
        addClassName("present-controls");
        pause = control("present-pause", VaadinIcon.PAUSE, "present.control.pause", actions::togglePause);
        add(
                control("present-previous", VaadinIcon.STEP_BACKWARD, "present.control.previous", actions::previous),
                pause,
                control("present-next", VaadinIcon.STEP_FORWARD, "present.control.next", actions::next),
                control("present-refresh", VaadinIcon.REFRESH, "present.control.refresh", actions::refresh),
                control(
                        "present-fullscreen",
                        VaadinIcon.EXPAND_SQUARE,
                        "present.control.fullscreen",
                        actions::toggleFullScreen),
                control("present-exit", VaadinIcon.SIGN_OUT, "present.control.exit", actions::leave));
    }

    /** The pause control shows what it will do: resume when paused, pause when running. */
    void showPaused(boolean paused) {
        pause.removeAll();
        pause.add((paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
    }

    /** Reveals the bar on mouse moves over {@code screen} (a few lines in the browser; nothing goes to the server). */
    void revealOnMouseMoveOver(Component screen) {
        screen.getElement().executeJs("""
                const root = this; let timer;
                const reveal = () => { root.classList.add('present--controls-visible'); clearTimeout(timer);
                  timer = setTimeout(() => root.classList.remove('present--controls-visible'), 3000); };
                root.addEventListener('mousemove', reveal); root.addEventListener('touchstart', reveal, { passive: true });""");
    }

    /** A control that cannot take the keyboard focus, so that Space and the arrows always reach the presentation. */
    private Span control(String id, VaadinIcon icon, String labelKey, Runnable action) {
        Span control = new Span(icon.create());
        control.setId(id);
        control.addClassName("present-control");
        control.getElement().setAttribute("role", "button");
        control.getElement().setAttribute("title", getTranslation(labelKey));
        control.getElement().setAttribute("aria-label", getTranslation(labelKey));
        control.addClickListener(e -> action.run());
        return control;
    }
}
