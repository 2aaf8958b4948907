package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.Component;

/**
 * The last line of an unattended screen's defence. Vaadin reconnects by itself after a network drop and reloads after
 * a server restart (the session-expired notice is off, see UiSetup). But its client may also keep "reconnecting" for
 * minutes after a long restart, or give up (connection lost for good, or a system error, whose notices presentation
 * mode hides). So the screen looks every five seconds: once the connection has been down for 30 s or more, it checks
 * whether its address answers and reloads it then, so it comes back on its slide instead of freezing. A network blip
 * that Vaadin mends within 30 s never reloads the screen.
 */
final class ScreenKeeper {

    private ScreenKeeper() {
    }

    static void install(Component screen) {
        screen.getElement().executeJs("""
                if (window.antqScreenKeeper) { return; }
                let downSince = null;
                window.antqScreenKeeper = setInterval(async () => {
                  if (!document.getElementById('present')) { return; }
                  const state = window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;
                  const down = state === 'reconnecting' || state === 'connection-lost' || !!document.querySelector('.v-system-error');
                  if (!down) { downSince = null; return; }
                  downSince = downSince || Date.now();
                  if (Date.now() - downSince < 30000) { return; }
                  try {
                    const answer = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
                    if (answer.ok) { location.reload(); }
                  } catch (e) { /* still unreachable: try again at the next check */ }
                }, 5000);""");
    }
}
