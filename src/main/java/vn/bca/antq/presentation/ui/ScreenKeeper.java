package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.Component;

/**
 * The last line of an unattended screen's defence. Vaadin reconnects by itself after a network drop and reloads after
 * a server restart (the session-expired notice is off, see UiSetup); should the client still give up (connection lost
 * for good, or a system error, whose notices presentation mode hides), the screen checks every ten seconds whether
 * its address answers and reloads it then, so it comes back on its slide instead of freezing.
 */
final class ScreenKeeper {

    private ScreenKeeper() {
    }

    static void install(Component screen) {
        screen.getElement().executeJs("""
                if (window.antqScreenKeeper) { return; }
                window.antqScreenKeeper = setInterval(async () => {
                  if (!document.getElementById('present')) { return; }
                  const state = window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;
                  if (state !== 'connection-lost' && !document.querySelector('.v-system-error')) { return; }
                  try {
                    const answer = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
                    if (answer.ok) { location.reload(); }
                  } catch (e) { /* still unreachable: try again at the next check */ }
                }, 10000);""");
    }
}
