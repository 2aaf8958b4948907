package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.wakelock.WakeLock;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.base.web.ServerInstance;
import vn.bca.antq.geo.GeoLayers;
import vn.bca.antq.indicator.ui.FigureText;
import vn.bca.antq.presentation.InvalidPlaylistException;
import vn.bca.antq.presentation.PlaylistService;
import vn.bca.antq.presentation.Presentation;
import vn.bca.antq.presentation.PresentationRooms;
import vn.bca.antq.presentation.PresentationService;
import vn.bca.antq.presentation.PresentationTicker;
import vn.bca.antq.presentation.RefreshSchedule;
import vn.bca.antq.presentation.SlideData;
import vn.bca.antq.presentation.SlideShow;
import vn.bca.antq.presentation.Snapshot;
import vn.bca.antq.security.AccessScope;
import vn.bca.antq.security.Role;

/**
 * A conference screen ({@code /present}, see docs/PRESENTATION.md): slides full screen without the application's
 * chrome, moving on by themselves, from one frozen snapshot of the figures. Keys: Right/Left, Space (pause), F (full
 * screen), Esc (leave). It keeps its position in its address and reloads by itself after a server restart; the
 * server pushes each change, so a presenter's window can lead every screen showing the same presentation.
 */
@Route(value = "present", autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.LEADERSHIP_NAME, Role.PRESENTER_NAME})
public class PresentationView extends Div
        implements BeforeEnterObserver, HasDynamicTitle, PresentationControls.Actions {

    private final PresentationService presentations;
    private final PlaylistService playlists;
    private final PresentationTicker ticker;
    private final PresentationRooms rooms;
    private final AccessScope access;
    private final Clock clock;
    private final SlideViews slideViews;
    private final H1 title = new H1();
    private final Span position = new Span();
    private final Span clockText = new Span();
    private final Span asOf = new Span();
    private final Span source = new Span();
    private final Span status = new Span();
    private final Div slot = new Div();
    private final PresentationControls controls = new PresentationControls(this);
    private final List<Runnable> onDetach = new ArrayList<>();
    private @Nullable PresentationRequest request;
    private @Nullable Snapshot snapshot;
    private @Nullable SlideShow show;
    private @Nullable Instant nextRefresh;
    private Div progress = new Div();
    /** This window leads its room: asked for with {@code presenter=true}, and the user has the right to. */
    private boolean leading;

    private final ServerInstance server;

    PresentationView(
            PresentationService presentations,
            PlaylistService playlists,
            PresentationTicker ticker,
            PresentationRooms rooms,
            AccessScope access,
            GeoLayers geo,
            Clock clock,
            ServerInstance server) {
        this.presentations = presentations;
        this.playlists = playlists;
        this.ticker = ticker;
        this.rooms = rooms;
        this.access = access;
        this.clock = clock;
        this.server = server;
        this.slideViews = new SlideViews(this, geo);
        setId("present");
        addClassName("present");
        title.setId("present-title");
        position.setId("present-position");
        clockText.setId("present-clock");
        asOf.setId("present-as-of");
        slot.setId("present-slide");
        status.setId("present-status");
        Div heading = new Div(title, new Div(clockText, position));
        heading.addClassName("present-header");
        slot.addClassName("present-slide");
        Div footer = new Div(asOf, source, status);
        footer.addClassName("present-footer");
        controls.setVisible(false);
        add(heading, slot, footer, progress, controls);
        Shortcuts.addShortcutListener(this, this::next, Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, this::previous, Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, this::togglePause, Key.SPACE);
        Shortcuts.addShortcutListener(this, this::toggleFullScreen, Key.KEY_F);
        Shortcuts.addShortcutListener(this, this::leave, Key.ESCAPE);
    }

    @Override
    public String getPageTitle() {
        return request == null
                ? getTranslation("present.page-title")
                : request.presentation().name() + " – ANTQ";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            start(PresentationRequest.from(
                    event.getLocation().getQueryParameters(), playlists, getTranslation("present.ad-hoc")));
        } catch (InvalidPlaylistException e) {
            showProblem(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void start(PresentationRequest request) {
        this.request = request;
        leading = request.presenter() && access.mayLeadPresentations();
        if (request.presenter() && !leading) {
            Notification.show(getTranslation("present.lead-refused"), 8_000, Notification.Position.BOTTOM_CENTER);
        }
        Presentation presentation = request.presentation();
        Snapshot taken = presentations.snapshot(presentation);
        if (taken.size() == 0) {
            showProblem(getTranslation("present.error.empty"));
            return;
        }
        Instant now = clock.instant();
        show = new SlideShow(taken.size(), presentation.interval(), request.startIndex(), request.paused(), now);
        useSnapshot(taken);
        controls.setVisible(true);
    }

    private void useSnapshot(Snapshot taken) {
        snapshot = taken;
        Presentation presentation = taken.deck().presentation();
        nextRefresh = new RefreshSchedule(presentation.refreshAt(), clock.getZone())
                .nextAfter(taken.takenAt())
                .orElse(null);
        asOf.setText(getTranslation("present.as-of", Format.dateTime(taken.takenAt(), clock.getZone())));
        getElement().setAttribute("data-taken-at", taken.takenAt().toString());
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        showClock(clock.instant());
        controls.revealOnMouseMoveOver(this);
        ScreenKeeper.install(this, server.id());
        WakeLock.request(error -> {}, ui);
        onDetach.add(ticker.add(now -> access(ui, () -> tick(now))));
        if (request != null) {
            String room = request.presentation().key();
            if (leading) {
                onDetach.add(rooms.lead(room, this));
                rooms.show(room, currentIndex());
            } else {
                onDetach.add(rooms.follow(room, index -> access(ui, () -> follow(index))));
                rooms.position(room).ifPresent(this::follow);
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        onDetach.forEach(Runnable::run);
        onDetach.clear();
    }

    /** One second has passed: the clock, the daily refresh, and the next slide when its time has come. */
    void tick(Instant now) {
        showClock(now);
        SlideShow show = this.show;
        PresentationRequest request = this.request;
        if (show == null || request == null) {
            return;
        }
        if (nextRefresh != null && !now.isBefore(nextRefresh)) {
            useSnapshot(presentations.refreshIfOlder(request.presentation(), nextRefresh));
        }
        boolean led = !leading && rooms.isLed(request.presentation().key());
        if (!led && show.tick(now)) {
            changed();
        }
    }

    @Override
    public void next() {
        move(s -> s.next(clock.instant()));
    }

    @Override
    public void previous() {
        move(s -> s.previous(clock.instant()));
    }

    @Override
    public void togglePause() {
        move(s -> s.setPaused(!s.paused(), clock.instant()));
    }

    /** Takes a new snapshot of the figures now (the refresh button). */
    @Override
    public void refresh() {
        if (request != null) {
            useSnapshot(presentations.refresh(request.presentation()));
        }
    }

    private void follow(int index) {
        if (show != null) {
            show.goTo(index, clock.instant());
            render();
        }
    }

    private void move(Consumer<SlideShow> change) {
        SlideShow current = show;
        if (current != null) {
            change.accept(current);
            changed();
        }
    }

    private void changed() {
        render();
        if (request != null && leading) {
            rooms.show(request.presentation().key(), currentIndex());
        }
    }

    private void render() {
        SlideShow show = this.show;
        PresentationRequest request = this.request;
        if (snapshot == null || show == null || request == null) {
            return;
        }
        SlideData data = snapshot.get(show.index());
        title.setText(slideViews.markedTitle(data));
        position.setText((show.index() + 1) + "/" + show.size());
        slot.removeAll();
        slot.add(slideViews.content(data));
        source.setText(getTranslation("figure.source", FigureText.sources(this, slideViews.headline(data))));
        status.setText(getTranslation(statusKey()));
        controls.showPaused(show.paused());
        getElement().setAttribute("data-slide", String.valueOf(show.index() + 1));
        getElement().setAttribute("data-slides", String.valueOf(show.size()));
        getElement().setAttribute("data-kind", data.slide().kind().code());
        getElement().setAttribute("data-paused", String.valueOf(show.paused()));
        restartProgress(request.presentation());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "present?" + request.at(show.index(), show.paused()).getQueryString()));
    }

    private String statusKey() {
        if (show != null && show.paused()) {
            return "present.status.paused";
        }
        if (request != null && leading) {
            return "present.status.leading";
        }
        return request != null && rooms.isLed(request.presentation().key())
                ? "present.status.following"
                : "present.status.running";
    }

    /** A thin bar along the bottom that fills up until the next slide (a CSS animation, nothing sent per second). */
    private void restartProgress(Presentation presentation) {
        Div bar = new Div();
        bar.addClassName("present-progress");
        bar.getStyle().set("animation-duration", presentation.interval().toSeconds() + "s");
        replace(progress, bar);
        progress = bar;
    }

    private void showClock(Instant now) {
        clockText.setText(Format.time(now.atZone(clock.getZone())));
    }

    private int currentIndex() {
        return show == null ? 0 : show.index();
    }

    @Override
    public void toggleFullScreen() {
        getElement()
                .executeJs("if (document.fullscreenElement) { document.exitFullscreen(); } "
                        + "else { document.documentElement.requestFullscreen().catch(() => {}); }");
    }

    @Override
    public void leave() {
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void showProblem(String message) {
        request = null;
        snapshot = null;
        show = null;
        title.setText(getTranslation("present.error.title"));
        position.setText("");
        slot.removeAll();
        Div problem = new Div(
                new Paragraph(message),
                new Anchor("playlists", getTranslation("present.error.playlists")),
                new Anchor("", getTranslation("present.error.dashboard")));
        problem.setId("present-problem");
        problem.addClassName("present-problem");
        slot.add(problem);
        controls.setVisible(false);
    }

    private static void access(UI ui, Runnable action) {
        try {
            ui.access(action::run);
        } catch (UIDetachedException e) {
            // The screen has closed; its registrations go with its detach.
        }
    }
}
