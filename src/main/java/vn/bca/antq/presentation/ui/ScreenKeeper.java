package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.Component;
import vn.bca.antq.base.web.ServerInstance;

/**
 * The last line of an unattended screen's defence. Vaadin reconnects by itself after a network drop and reloads after
 * a server restart (the session-expired notice is off, see UiSetup). But its client may also keep "reconnecting" for
 * minutes after a long restart, or give up (connection lost for good, or a system error, whose notices presentation
 * mode hides), or believe itself connected to a server that restarted and never tells it (vaadin/flow#25482: a push
 * reconnect in the moment the port opens is dropped). So the screen looks every five seconds: once the connection has
 * been down for 30 s or more, it checks whether its address answers and reloads it then; and every 30 s while
 * connected, it asks its address which start of the server answers ({@link ServerInstance}) and reloads when that is
 * not the one that drew it. Either way it comes back on its slide instead of freezing. A network blip that Vaadin
 * mends within 30 s never reloads the screen.
 */
final class ScreenKeeper {

    private ScreenKeeper() {}

    static void install(Component screen, String serverInstance) {
        screen.getElement().executeJs("""
                if (window.antqScreenKeeper) { return; }
                const drawnBy = $0;
                let downSince = null;
                let checks = 0;
                window.antqScreenKeeper = setInterval(async () => {
                  if (!document.getElementById('present')) { return; }
                  const state = window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;
                  const down = state === 'reconnecting' || state === 'connection-lost' || !!document.querySelector('.v-system-error');
                  if (!down) {
                    downSince = null;
                    if (++checks % 6 === 0) {
                      try {
                        const answer = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
                        const answeredBy = answer.headers.get($1);
                        if (answer.ok && answeredBy && answeredBy !== drawnBy) { location.reload(); }
                      } catch (e) { /* unreachable: the connection state will say so */ }
                    }
                    return;
                  }
                  downSince = downSince || Date.now();
                  if (Date.now() - downSince < 30000) { return; }
                  try {
                    const answer = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
                    if (answer.ok) { location.reload(); }
                  } catch (e) { /* still unreachable: try again at the next check */ }
                }, 5000);""", serverInstance, ServerInstance.HEADER);
    }
}
