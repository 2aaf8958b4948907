package vn.bca.antq.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by ChromeDriver, shared by the end-to-end tests: where the browser and the app under test
 * are, a throw-away profile, an exact viewport, screenshots into {@code target/e2e-screenshots/}, and a clean shutdown.
 *
 * <p>{@link #skipUnlessAvailable(String)} aborts (skips) a test where Chromium, its driver or the app's address
 * ({@code antq.e2e.url}, set by Maven's profile {@code e2e}) is missing, printing why.
 */
final class E2eBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("antq.e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("antq.e2e.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "e2e-screenshots");

    /** True when no Vaadin client has a request under way. */
    static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            return !!clients && !Object.values(clients).some(c => c.isActive && c.isActive());
            """;

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private E2eBrowser(WebDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Aborts the calling test unless Chromium and ChromeDriver are installed. */
    static void skipUnlessBrowser(String test) {
        skipUnless(
                test,
                Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "no Chromium or ChromeDriver at " + CHROMIUM + ", " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver)");
    }

    /** Aborts the calling test unless Chromium, ChromeDriver and an app to test are there; the app's address. */
    static String skipUnlessAvailable(String test) {
        skipUnlessBrowser(test);
        String url = System.getProperty("antq.e2e.url", "");
        skipUnless(
                test,
                !url.isBlank(),
                "no app to test: antq.e2e.url is not set (Maven's profile e2e starts the app "
                        + "and sets it; it is on where /usr/bin/chromedriver exists)");
        return url.replaceAll("/+$", "");
    }

    static void skipUnless(String test, boolean condition, String reason) {
        if (!condition) {
            System.err.println(test + " skipped: " + reason);
            Assumptions.abort(reason);
        }
    }

    /** A browser whose window is {@code width} x {@code height} (outer size: the viewport is smaller). */
    static E2eBrowser start(int width, int height) {
        return start(width, height, Map.of());
    }

    /**
     * A browser with the window size given on its command line (and device scale factor 1); {@code environment} for
     * the driver and browser processes (e.g. {@code TZ}).
     */
    static E2eBrowser start(int width, int height, Map<String, String> environment) {
        try {
            Path profile = Files.createTempDirectory("antq-e2e-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height,
                    "--force-device-scale-factor=1",
                    "--lang=vi-VN",
                    // unattended screens: timers of a page that is not in front must not be slowed down
                    "--disable-background-timer-throttling",
                    "--disable-renderer-backgrounding",
                    "--disable-backgrounding-occluded-windows");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .withEnvironment(environment)
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Files.createDirectories(SCREENSHOTS);
            return new E2eBrowser(driver, service, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the page's viewport (window.innerWidth x innerHeight) exactly {@code width} x {@code height}: headless
     * Chromium's {@code --window-size} is the outer size of a window with its (invisible) toolbars, so the window is
     * grown by the difference. Returns the viewport then measured, which the caller should assert.
     */
    Dimension fitViewport(int width, int height) {
        Dimension viewport = viewport();
        Dimension window = driver.manage().window().getSize();
        if (viewport.width != width || viewport.height != height) {
            driver.manage()
                    .window()
                    .setSize(new Dimension(
                            window.width + width - viewport.width, window.height + height - viewport.height));
            viewport = viewport();
        }
        return viewport;
    }

    Dimension viewport() {
        Object size = js("return [window.innerWidth, window.innerHeight];");
        var list = (java.util.List<?>) size;
        return new Dimension(((Number) list.get(0)).intValue(), ((Number) list.get(1)).intValue());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    boolean vaadinIdle() {
        return Boolean.TRUE.equals(js(VAADIN_IDLE));
    }

    /** Waits until {@code condition} holds, polling every 100 ms; the message says what was awaited and what was seen. */
    void waitUntil(
            Duration timeout, Supplier<String> message, java.util.function.Function<WebDriver, Boolean> condition) {
        // a page that re-renders between finding an element and reading it is simply asked again
        new WebDriverWait(driver, timeout)
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(message)
                .until(condition);
    }

    /** The demo presenter token of the README: a conference screen signs in with it, without a prompt. */
    static final String DEMO_SCREEN_TOKEN = "antq-demo-screen-hoi-truong";

    /** Signs in through the sign-in page with a demo account of the README, as a person would. */
    void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        String user = "return document.querySelector('#vaadinLoginUsername input, input[name=username]');";
        String secret = "return document.querySelector('#vaadinLoginPassword input, input[name=password]');";
        waitUntil(Duration.ofSeconds(60), () -> "no sign-in form at " + driver.getCurrentUrl(), d -> js(user) != null);
        ((WebElement) js(user)).sendKeys(username);
        WebElement field = (WebElement) js(secret);
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
        waitUntil(
                Duration.ofSeconds(60),
                () -> "still on the sign-in page: " + driver.getCurrentUrl(),
                d -> !java.net.URI.create(d.getCurrentUrl()).getPath().startsWith("/login"));
    }

    /** A screenshot of the viewport as {@code target/e2e-screenshots/<name>.png}; a failing screenshot is only logged. */
    void screenshot(String name) {
        try {
            Path file =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            System.err.println("no screenshot " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            System.err.println("closing the browser: " + e.getMessage());
        }
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("leaving the browser profile " + profile + ": " + e.getMessage());
        }
    }

    /** Waits {@code duration} (a test that must let time pass, e.g. to see that a paused screen stays put). */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
