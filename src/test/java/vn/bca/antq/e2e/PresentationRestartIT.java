package vn.bca.antq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.interactions.Actions;

/**
 * A presentation survives a restart of the server: the page reloads by itself and resumes on the same slide, paused
 * if it was paused, with no prompt or dialog (docs/PRESENTATION.md, "Figures, refresh and resilience").
 *
 * <p>The app Maven starts cannot be restarted from here, so this test starts its own: {@code java -cp <classes>:<runtime
 * classpath> vn.bca.antq.Application} with the JDK running the test, the production frontend in the classes (Maven's
 * profile {@code e2e} builds it, writes the runtime classpath without the development-only artifacts to the file in
 * {@code antq.e2e.classpath-file} and passes {@code antq.e2e.classes}), data in {@code target/e2e-restart-data}
 * (created with demo data on the first run, reused later), log in {@code target/e2e-restart-app.log}. Two screens
 * watch one restart (SIGTERM, then a start on the same port and data): A on slide 3 of 7, interval 600 s; B started
 * with {@code paused=true} on slide 5 with an interval of 5 s, so that a screen that forgot it was paused would be seen
 * moving on.
 */
class PresentationRestartIT {

    static final Duration FIRST_START = Duration.ofMinutes(4);
    static final Duration RELOAD = Duration.ofMinutes(2);
    static final Path TARGET = AppProcess.TARGET;
    static final Path LOG = TARGET.resolve("e2e-restart-app.log");

    private static AppProcess app;
    private static final List<E2eBrowser> browsers = new ArrayList<>();

    @BeforeAll
    static void startApp() throws Exception {
        AppProcess.skipUnlessStartable("PresentationRestartIT");
        Files.createDirectories(TARGET);
        Files.writeString(LOG, "", StandardCharsets.UTF_8);
        app = new AppProcess(
                Path.of(System.getProperty(
                        "antq.e2e.restart-data",
                        TARGET.resolve("e2e-restart-data").toString())),
                LOG);
        Duration took = app.start(FIRST_START);
        System.out.printf(
                "PresentationRestartIT: app on port %d answered after %d s (first start)%n",
                app.port, took.toSeconds());
    }

    @AfterAll
    static void stopEverything() {
        for (E2eBrowser browser : browsers) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void reloadsByItselfOnTheSameSlideAndPausedIfPaused() throws Exception {
        String base = app.baseUrl();
        E2eBrowser a = open(base + PresentationIT.address("&interval=600&slide=3"));
        E2eBrowser b = open(base + PresentationIT.address("&interval=5&slide=5&paused=true"));
        waitFor(a, Duration.ofSeconds(90), "3", null, "A before the restart");
        waitFor(b, Duration.ofSeconds(90), "5", "true", "B before the restart");
        for (E2eBrowser browser : browsers) {
            browser.js("window.__beforeRestart = true;");
        }
        a.screenshot("present-restart-a-before");

        Instant stopping = Instant.now();
        Duration stopTook = app.stop();
        assertThat(app.process().exitValue())
                .as("exit code after SIGTERM (SIGTERM is 143; Spring exits 0 or 130 when it " + "handled it)")
                .isIn(0, 130, 143);
        Duration startTook = app.start(FIRST_START);
        Instant up = Instant.now();
        System.out.printf(
                "PresentationRestartIT: stopped in %d ms, started again in %d s%n",
                stopTook.toMillis(), startTook.toSeconds());

        SoftAssertions soft = new SoftAssertions();
        for (var screen : List.of(new Object[] {a, "A", "3", "false"}, new Object[] {b, "B", "5", "true"})) {
            E2eBrowser browser = (E2eBrowser) screen[0];
            String name = (String) screen[1];
            try {
                browser.waitUntil(
                        RELOAD,
                        () -> name + " has not reloaded itself within " + RELOAD.toSeconds()
                                + " s of the server's return; " + state(browser),
                        d -> reloaded(browser));
                System.out.printf(
                        "PresentationRestartIT: %s reloaded %d s after the stop, %d s after the server was back%n",
                        name,
                        Duration.between(stopping, Instant.now()).toSeconds(),
                        Duration.between(up, Instant.now()).toSeconds());
                waitFor(
                        browser,
                        Duration.ofSeconds(60),
                        (String) screen[2],
                        (String) screen[3],
                        name + " after the restart");
                browser.screenshot("present-restart-" + name.toLowerCase() + "-after");
                soft.assertThat((List<?>) browser.js(PresentationIT.TROUBLE))
                        .as("%s: dialogs or errors after the restart", name)
                        .isEmpty();
                soft.assertThat(alert(browser))
                        .as("%s: a browser alert after the restart", name)
                        .isNull();
                soft.assertThat(URI.create(browser.driver.getCurrentUrl()).getPath())
                        .as("%s: still presenting", name)
                        .isEqualTo("/present");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("present-restart-" + name.toLowerCase() + "-failure");
                soft.fail(name + ": " + e.getMessage());
            }
        }
        soft.assertAll();

        // B stays paused: with an interval of 5 s it would have moved on within 8 s
        E2eBrowser.sleep(Duration.ofSeconds(8));
        assertThat(attribute(b, "data-slide"))
                .as("B (paused) 8 s after reloading, interval=5")
                .isEqualTo("5");
        assertThat(attribute(b, "data-paused")).isEqualTo("true");
        // A is a working presentation again
        new Actions(a.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        a.waitUntil(
                Duration.ofSeconds(20),
                () -> "A: Right after the restart did not show slide 4; " + state(a),
                d -> "4".equals(attribute(a, "data-slide")));
        waitFor(a, Duration.ofSeconds(60), "4", "false", "A after Right");
        a.screenshot("present-restart-a-working");
        assertThat((List<?>) a.js(PresentationIT.TROUBLE))
                .as("A: dialogs or errors at the end")
                .isEmpty();
    }

    // ------------------------------------------------------------------ the screens

    private static E2eBrowser open(String url) {
        E2eBrowser browser = PresentationIT.start(1920, 1080);
        browsers.add(browser);
        browser.fitViewport(1920, 1080);
        browser.driver.get(url);
        return browser;
    }

    /** Waits until the screen shows {@code slide} drawn (and {@code paused}, unless null). */
    private static void waitFor(E2eBrowser browser, Duration timeout, String slide, String paused, String when) {
        browser.waitUntil(
                timeout,
                () -> when + ": expected slide " + slide + (paused == null ? "" : ", paused " + paused) + "; "
                        + state(browser),
                d -> "ready".equals(browser.js(PresentationIT.SLIDE_STATE, Integer.parseInt(slide)))
                        && (paused == null || paused.equals(attribute(browser, "data-paused"))));
    }

    private static boolean reloaded(E2eBrowser browser) {
        try {
            return Boolean.TRUE.equals(
                    browser.js("return window.__beforeRestart === undefined && document.readyState === 'complete' "
                            + "&& !!document.getElementById('present');"));
        } catch (RuntimeException reloading) {
            return false;
        }
    }

    private static String attribute(E2eBrowser browser, String name) {
        return (String) browser.js(
                "const e = document.getElementById('present'); return e && e.getAttribute(arguments[0]);", name);
    }

    private static String state(E2eBrowser browser) {
        try {
            return "at " + browser.driver.getCurrentUrl() + ", marker " + browser.js("return window.__beforeRestart;")
                    + ", data-slide " + attribute(browser, "data-slide") + ", data-paused "
                    + attribute(browser, "data-paused")
                    + ", " + browser.js(PresentationIT.SLIDE_STATE, 0) + ", trouble "
                    + browser.js(PresentationIT.TROUBLE);
        } catch (RuntimeException e) {
            return "page not readable: " + e.getMessage();
        }
    }

    private static String alert(E2eBrowser browser) {
        try {
            return browser.driver.switchTo().alert().getText();
        } catch (NoAlertPresentException none) {
            return null;
        }
    }
}
