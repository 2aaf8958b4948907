package vn.bca.antq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.interactions.Actions;

/**
 * Presentation mode ({@code /present}, docs/PRESENTATION.md) in headless Chromium against the app Maven's profile
 * {@code e2e} starts (production build, demo data): every slide of a deck of all six kinds fits a Full HD and a 4K
 * screen without scrollbars with its title, position, clock and snapshot time in view; the keys; the timer; and a
 * network drop of 15 s. Screenshots: {@code target/e2e-screenshots/present-<width>x<height>-<nn>-<kind>.png}.
 *
 * <p>Relies on the page structure in docs/PRESENTATION.md ("For tests"): {@code #present} with {@code data-slide},
 * {@code data-slides}, {@code data-kind}, {@code data-paused}; {@code #present-title}, {@code #present-position},
 * {@code #present-clock}, {@code #present-as-of}, {@code #present-slide}, whose maps and charts carry
 * {@code data-drawn} once drawn; and on the address parameters {@code slides}, {@code interval}, {@code year}.
 */
class PresentationIT {

    /** Map, ranking, trend, coverage, festival, and a spotlight on Hà Nội (01) and Hồ Chí Minh City (79): 7 slides. */
    static final String SLIDES =
            "map:coverage-communes,ranking:festival-sites,trend:coverage-communes,coverage,festival,"
                    + "spotlight:coverage-communes:01.79";

    static final List<String> KINDS =
            List.of("map", "ranking", "trend", "coverage", "festival", "spotlight", "spotlight");
    static final Duration LOAD = Duration.ofSeconds(60);
    /** An interval of 5 s must have moved on after this long (5 s plus a round trip on a busy machine). */
    static final Duration AUTO_ADVANCE = Duration.ofMillis(7500);

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The slide's state as a string: "ready" once #present shows slide {@code arguments[0]} (any when 0), Vaadin is
     * idle and every map and chart in #present-slide has drawn; otherwise what is still missing.
     */
    static final String SLIDE_STATE = """
            const root = document.getElementById('present');
            const error = document.querySelector('.error-view');
            if (!root && error) return 'error page: ' + error.textContent.trim().slice(0, 160);
            if (!root) return 'no #present on ' + location.pathname;
            if (arguments[0] > 0 && root.getAttribute('data-slide') !== String(arguments[0]))
                return 'data-slide=' + root.getAttribute('data-slide');
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients || Object.values(clients).some(c => c.isActive && c.isActive())) return 'vaadin busy';
            const slide = document.getElementById('present-slide');
            if (!slide) return 'no #present-slide';
            const undrawn = [...slide.querySelectorAll('antq-choropleth-map, antq-apex-chart')]
                .filter(e => !e.hasAttribute('data-drawn')).map(e => e.localName + (e.id ? '#' + e.id : ''));
            return undrawn.length ? 'not drawn: ' + undrawn.join(', ') : 'ready';
            """;

    /**
     * What is wrong with the layout, as a list of strings (empty: fine): scrollbars on the document, the body and
     * #present, any element inside #present that shows a scrollbar, and the four corner texts missing, invisible or
     * outside the viewport.
     */
    static final String LAYOUT_PROBLEMS = """
            const problems = [];
            const w = window.innerWidth, h = window.innerHeight;
            const root = document.getElementById('present');
            for (const [name, e] of [['html', document.documentElement], ['body', document.body], ['#present', root]]) {
              if (!e) { problems.push('no ' + name); continue; }
              if (e.scrollWidth > e.clientWidth) problems.push(name + ' scrolls sideways: scrollWidth ' + e.scrollWidth + ' > clientWidth ' + e.clientWidth);
              if (e.scrollHeight > e.clientHeight) problems.push(name + ' scrolls: scrollHeight ' + e.scrollHeight + ' > clientHeight ' + e.clientHeight);
            }
            if (root) {
              for (const e of root.querySelectorAll('*')) {
                const s = getComputedStyle(e);
                const scrollY = /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
                const scrollX = /(auto|scroll)/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
                if (scrollY || scrollX) problems.push('scrollbar on ' + e.localName + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' (' + e.scrollWidth + 'x' + e.scrollHeight + ' in ' + e.clientWidth + 'x' + e.clientHeight + ')');
              }
            }
            for (const id of ['present-title', 'present-position', 'present-clock', 'present-as-of']) {
              const e = document.getElementById(id);
              if (!e) { problems.push('no #' + id); continue; }
              const r = e.getBoundingClientRect();
              if (r.width < 1 || r.height < 1) problems.push('#' + id + ' has no size: ' + r.width + 'x' + r.height);
              if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
                problems.push('#' + id + ' is not visible (display, visibility or opacity)');
              if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5)
                problems.push('#' + id + ' is outside the ' + w + 'x' + h + ' viewport: ' + Math.round(r.left) + ','
                    + Math.round(r.top) + ' to ' + Math.round(r.right) + ',' + Math.round(r.bottom));
              if (!e.textContent.trim()) problems.push('#' + id + ' is empty');
            }
            return problems;
            """;

    /**
     * Errors and prompts that must never show on an unattended screen (a list of what is there): Vaadin's system
     * error box (session expired, internal error; also when hidden by CSS, since the client has then given up), the
     * connection indicator shown while reconnecting or offline, any opened dialog or login overlay.
     */
    static final String TROUBLE = """
            const seen = [];
            const shown = e => e && e.checkVisibility && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            // a system error (session expired, internal error) means the client has given up, shown or hidden
            for (const e of document.querySelectorAll('.v-system-error'))
              seen.push('Vaadin system error' + (shown(e) ? '' : ' (hidden)') + ': ' + e.textContent.trim().slice(0, 120));
            for (const e of document.querySelectorAll('vaadin-connection-indicator'))
              for (const a of ['offline', 'reconnecting'])
                if (e.hasAttribute(a) && shown(e)) seen.push('connection indicator shown: ' + a);
            for (const e of document.querySelectorAll('vaadin-dialog[opened], vaadin-confirm-dialog[opened], vaadin-login-overlay[opened], vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]'))
              seen.push('open ' + e.localName + ': ' + (e.textContent || '').trim().slice(0, 120));
            for (const e of document.querySelectorAll('dialog[open]')) seen.push('open <dialog>: ' + e.textContent.trim().slice(0, 120));
            const text = (document.body && document.body.innerText) || '';
            for (const phrase of ['Session Expired', 'Session expired', 'Internal error', 'Server connection lost', 'Connection lost'])
              if (text.includes(phrase)) seen.push('text on screen: "' + phrase + '"');
            return seen;
            """;

    private String baseUrl;
    private E2eBrowser browser;

    @BeforeEach
    void app() {
        baseUrl = E2eBrowser.skipUnlessAvailable("PresentationIT");
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            browser.screenshot(
                    "present-last-" + test.getTestMethod().map(m -> m.getName()).orElse("test")
                            + test.getDisplayName().replaceAll("[^0-9x]+", "-").replaceAll("-+$", ""));
            browser.close();
        }
    }

    static String address(String extra) {
        // the screen signs in with the demo presenter token; the app drops it from the address once it is in a cookie
        return "/present?slides=" + SLIDES + "&year=2025" + extra + "&screen=" + E2eBrowser.DEMO_SCREEN_TOKEN;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "3840, 2160"})
    void everySlideFitsTheScreen(int width, int height) {
        String size = width + "x" + height;
        browser = start(width, height);
        Dimension viewport = browser.fitViewport(width, height);
        assertThat(viewport)
                .as("the viewport (window.innerWidth x innerHeight)")
                .isEqualTo(new Dimension(width, height));
        assertThat(browser.js("return window.devicePixelRatio;"))
                .as("device pixel ratio")
                .isEqualTo(1L);

        open(address("&interval=600"));
        int count = KINDS.size();
        for (int k = 1; k <= count; k++) {
            if (k > 1) {
                press(Keys.ARROW_RIGHT);
            }
            waitReady(k, LOAD, size);
            String name = "present-%s-%02d-%s".formatted(size, k, attribute("data-kind"));
            browser.screenshot(name);
            assertThat(attribute("data-slides")).as("data-slides").isEqualTo(String.valueOf(count));
            assertThat(attribute("data-kind")).as("data-kind of slide " + k).isEqualTo(KINDS.get(k - 1));
            assertThat(browser.viewport()).as("viewport on slide " + k).isEqualTo(new Dimension(width, height));
            assertThat(layoutProblems())
                    .as("layout of slide %d/%d at %s (screenshot %s.png)", k, count, size, name)
                    .isEmpty();
            assertThat(text("present-position")).as("#present-position").isEqualTo(k + "/" + count);
            assertClockShowsVietnamTime();
            assertThat(text("present-title")).as("#present-title").isNotBlank();
            assertThat(text("present-as-of")).as("#present-as-of").isNotBlank();
            if (List.of("map", "spotlight").contains(KINDS.get(k - 1))) {
                assertThat(browser.js("return document.querySelectorAll('#present-slide antq-choropleth-map').length;"))
                        .as("a map on the %s slide %d", KINDS.get(k - 1), k)
                        .isNotEqualTo(0L);
            }
            assertNoTrouble("slide " + k + " at " + size);
        }
    }

    @Test
    void rightLeftAndSpaceThenTheTimer() {
        browser = start(1920, 1080);
        browser.fitViewport(1920, 1080);
        open(address("&interval=600"));
        waitReady(1, LOAD, "start");
        int count = KINDS.size();
        assertThat(attribute("data-paused")).as("data-paused at the start").isEqualTo("false");

        press(Keys.ARROW_RIGHT);
        waitReady(2, LOAD, "after Right");
        waitForAddress("slide=2");
        press(Keys.ARROW_LEFT);
        waitReady(1, LOAD, "after Left from 2");
        press(Keys.ARROW_LEFT);
        waitReady(count, LOAD, "after Left from the first slide (to the last)");
        assertThat(text("present-position")).isEqualTo(count + "/" + count);
        press(Keys.ARROW_RIGHT);
        waitReady(1, LOAD, "after Right from the last slide (to the first)");

        press(Keys.SPACE);
        waitForAttribute("data-paused", "true", Duration.ofSeconds(10));
        press(Keys.SPACE);
        waitForAttribute("data-paused", "false", Duration.ofSeconds(10));
        assertThat(attribute("data-slide"))
                .as("Space does not change the slide")
                .isEqualTo("1");

        // the timer: interval=5 moves on by itself, and does not while paused
        open(address("&interval=5"));
        waitReady(0, LOAD, "interval=5"); // any slide: on a slow machine the first may have gone by
        long advancedAfter = waitForSlideChange(AUTO_ADVANCE, "interval=5, not paused");
        System.out.printf(
                "PresentationIT: with interval=5 the slide moved on %d ms after slide 1 was ready%n", advancedAfter);
        String slide = attribute("data-slide");
        press(Keys.SPACE);
        waitForAttribute("data-paused", "true", Duration.ofSeconds(3));
        String pausedAt = attribute("data-slide");
        E2eBrowser.sleep(Duration.ofSeconds(8));
        assertThat(attribute("data-slide"))
                .as("paused (at %s, after %s) for 8 s with interval=5", pausedAt, slide)
                .isEqualTo(pausedAt);
        assertThat(attribute("data-paused")).isEqualTo("true");
        press(Keys.SPACE);
        waitForAttribute("data-paused", "false", Duration.ofSeconds(3));
        long resumedAfter = waitForSlideChange(AUTO_ADVANCE, "interval=5, resumed");
        System.out.printf("PresentationIT: resumed, the slide moved on after %d ms%n", resumedAfter);
        assertNoTrouble("keys and timer");
    }

    /**
     * 15 s without network: Chromium's network emulation offline (navigator.onLine false, requests fail) and, because
     * that emulation leaves an open WebSocket working, every connection between the browser and the app cut by a relay
     * the browser goes through ({@link CuttableProxy}). Then both back: the screen must go on by itself.
     */
    @Test
    void keepsGoingAfterANetworkDropOf15Seconds() {
        URI app = URI.create(baseUrl);
        try (CuttableProxy line = new CuttableProxy(app.getHost(), app.getPort())) {
            browser = start(1920, 1080);
            browser.fitViewport(1920, 1080);
            String viaLine = "http://127.0.0.1:" + line.port();
            browser.driver.get(viaLine + address("&interval=5"));
            waitReady(0, LOAD, "start"); // interval=5: any slide
            waitForSlideChange(AUTO_ADVANCE, "interval=5 before the drop");
            HasNetworkConditions network = (HasNetworkConditions) browser.driver;

            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            network.setNetworkConditions(offline);
            int cut;
            try {
                cut = line.cut();
                // the drop is real: the browser reaches nothing, and the connections it had are gone
                Object probe = browser.asyncJs("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0] + '/?offline-probe=' + Date.now(), { cache: 'no-store' })
                          .then(r => done('reached the server: HTTP ' + r.status), e => done('offline'));
                        """, viaLine);
                assertThat(probe)
                        .as("a request while the network is emulated offline")
                        .isEqualTo("offline");
                assertThat(cut)
                        .as("connections cut (the push connection at least)")
                        .isPositive();
                String before = attribute("data-slide");
                E2eBrowser.sleep(Duration.ofSeconds(15));
                System.out.printf(
                        "PresentationIT: 15 s offline (%d connections cut, %d refused meanwhile), data-slide "
                                + "%s -> %s, on screen: %s%n",
                        cut, line.refused(), before, attribute("data-slide"), browser.js(TROUBLE));
            } finally {
                line.restore();
                network.deleteNetworkConditions();
            }
            long back = System.nanoTime();
            // it recovers by itself: no error or banner, the timer moves the slides on, Right works
            long advanced = waitForSlideChange(Duration.ofSeconds(45), "interval=5 after the network came back");
            System.out.printf("PresentationIT: network back: next slide by the timer after %d ms%n", advanced);
            browser.waitUntil(
                    Duration.ofSeconds(30),
                    () -> "still in trouble 30 s after the network came back: " + browser.js(TROUBLE),
                    d -> ((List<?>) browser.js(TROUBLE)).isEmpty() && browser.vaadinIdle());
            waitForSlideChange(AUTO_ADVANCE, "interval=5, again, after the network came back");
            String slide = attribute("data-slide");
            press(Keys.ARROW_RIGHT);
            browser.waitUntil(
                    Duration.ofSeconds(15),
                    () -> "Right did not change the slide after the network drop (at " + slide + ")",
                    d -> !slide.equals(attribute("data-slide")));
            waitReady(0, LOAD, "after the network drop");
            waitForSlideChange(AUTO_ADVANCE, "interval=5 after Right, after the network drop");
            System.out.printf(
                    "PresentationIT: working again %d ms after the network came back%n",
                    (System.nanoTime() - back) / 1_000_000);
            browser.screenshot("present-after-network-drop");
            assertNoTrouble("after the network drop");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The browser runs in Vietnam's time zone, as the screens do. */
    static E2eBrowser start(int width, int height) {
        return E2eBrowser.start(width, height, Map.of("TZ", "Asia/Ho_Chi_Minh"));
    }

    private void open(String pathAndQuery) {
        browser.driver.get(baseUrl + pathAndQuery);
    }

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    private String attribute(String name) {
        return (String) browser.js(
                "const e = document.getElementById('present'); return e && e.getAttribute(arguments[0]);", name);
    }

    private String text(String id) {
        Object text =
                browser.js("const e = document.getElementById(arguments[0]); return e && e.textContent.trim();", id);
        return text == null ? null : text.toString();
    }

    private List<?> layoutProblems() {
        return (List<?>) browser.js(LAYOUT_PROBLEMS);
    }

    private void waitReady(int slide, Duration timeout, String when) {
        String[] state = {""};
        try {
            browser.waitUntil(
                    timeout,
                    () -> "slide " + slide + " not ready (" + when + "): " + state[0] + " at "
                            + browser.driver.getCurrentUrl(),
                    d -> {
                        state[0] = String.valueOf(browser.js(SLIDE_STATE, slide));
                        if (state[0].startsWith("error page")) {
                            throw new AssertionError("slide " + slide + " (" + when + "): " + state[0] + " at "
                                    + browser.driver.getCurrentUrl());
                        }
                        return "ready".equals(state[0]);
                    });
        } catch (TimeoutException | AssertionError e) {
            browser.screenshot("present-failure-" + when.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
        }
    }

    private void waitForAttribute(String name, String value, Duration timeout) {
        browser.waitUntil(
                timeout,
                () -> "#present " + name + " is " + attribute(name) + ", expected " + value,
                d -> value.equals(attribute(name)));
    }

    private void waitForAddress(String part) {
        browser.waitUntil(
                Duration.ofSeconds(5),
                () -> "the address does not contain " + part + ": " + browser.driver.getCurrentUrl(),
                d -> d.getCurrentUrl().contains(part));
    }

    /** Waits until data-slide changes by itself; the milliseconds it took. */
    private long waitForSlideChange(Duration timeout, String when) {
        String from = attribute("data-slide");
        long start = System.nanoTime();
        browser.waitUntil(
                timeout,
                () -> "no new slide within " + timeout.toMillis() + " ms (" + when + "), still " + from,
                d -> !from.equals(attribute("data-slide")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void assertClockShowsVietnamTime() {
        String clock = text("present-clock");
        assertThat(clock).as("#present-clock").matches("\\d{2}:\\d{2}");
        LocalTime shown = LocalTime.parse(clock, DateTimeFormatter.ofPattern("HH:mm"));
        LocalTime now = LocalTime.now(VIETNAM).withSecond(0).withNano(0);
        long minutes = Math.abs(Duration.between(shown, now).toMinutes());
        assertThat(Math.min(minutes, 24 * 60 - minutes))
                .as("#present-clock %s against Vietnam's time %s", clock, now)
                .isLessThanOrEqualTo(1);
    }

    private void assertNoTrouble(String when) {
        assertThat((List<?>) browser.js(TROUBLE))
                .as("errors, dialogs or connection banners (%s)", when)
                .isEmpty();
        try {
            String alert = browser.driver.switchTo().alert().getText();
            throw new AssertionError("a browser alert is open (" + when + "): " + alert);
        } catch (NoAlertPresentException expected) {
            // fine
        }
        assertThat(browser.driver.getCurrentUrl())
                .as("still presenting (" + when + ")")
                .contains("/present");
    }
}
