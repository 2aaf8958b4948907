package vn.bca.antq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser, against the app as it runs in production: Maven's profile {@code e2e} starts it
 * (production frontend bundle, production mode, fresh embedded MariaDB with demo data) and passes its address as
 * {@code antq.e2e.url}. A person's path: signed in as the demo LEADERSHIP account (README), the nation, the nation in 2020 on
 * today's 34 provinces, one click on the structure switch to the 63 provinces as reported, Nam Định in 2020 (old
 * structure, code 36) by its link in the unit table, the seed figure 97,37% of communes recognised safe on the province
 * page, then one of its districts.
 * Screenshots of each step in {@code target/e2e-screenshots/}.
 *
 * <p>Skipped, with the reason printed, where Chromium or its driver is missing ({@code apt-get install chromium
 * chromium-driver}) or when the app was not started for it (profile {@code e2e} off).
 *
 * <p>Relies on these ids and routes: {@code #national-map} on {@code /}, {@code #province-map} on
 * {@code /province/{code}}, a district page under {@code /province/{code}/}, the table {@code #unit-table} with
 * links {@code #unit-link-{code}} to the next level,
 * {@code ?year=&indicator=&structure=} kept across links, the switch's buttons {@code #structure-current} and {@code #structure-reported}, the card {@code #figure-coverage-communes}, and the render marker
 * {@code data-drawn} of every {@code antq-choropleth-map} and {@code antq-apex-chart}.
 */
class EndToEndIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String NAM_DINH = "36";

    /** True when no Vaadin client has a request under way and every map and chart has drawn its current data. */
    private static final String SETTLED = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients || Object.values(clients).some(c => c.isActive && c.isActive())) return false;
            if (arguments[0] && !document.querySelector(arguments[0])) return false;
            return [...document.querySelectorAll('antq-choropleth-map, antq-apex-chart')]
                .every(e => e.hasAttribute('data-drawn'));
            """;

    private String baseUrl;
    private E2eBrowser browser;
    private WebDriver driver;
    private int shot;

    @BeforeEach
    void startBrowser() {
        baseUrl = E2eBrowser.skipUnlessAvailable("EndToEndIT");
        browser = E2eBrowser.start(1600, 1100);
        driver = browser.driver;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void nationThenNamDinhIn2020ThenOneOfItsDistricts() {
        try {
            browser.signIn(baseUrl, "lanhdao", "antq-demo-lanhdao");
            screenshot("signed-in");
            Object policy = ((JavascriptExecutor) driver)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1]; "
                                    + "fetch('/').then(r => done(r.headers.get('content-security-policy'))).catch(e => done('failed: ' + e));");
            assertThat(String.valueOf(policy))
                    .as("the pages are served with the Content-Security-Policy they work under")
                    .contains("frame-ancestors 'none'");
            open("/");
            waitSettled("#national-map");
            assertThat(driver.getTitle()).isNotBlank();
            assertThat(driver.findElements(By.cssSelector("antq-choropleth-map#national-map")))
                    .hasSize(1);
            screenshot("nation");

            open("/?year=2020");
            waitSettled("#national-map");
            assertThat(regions("#national-map"))
                    .as("2020 on today's structure: the 34 provinces, restated")
                    .isEqualTo(34);
            screenshot("nation-2020-today");
            screenshotOf("#national-map", "nation-2020-today-map");

            click(structureChoice("reported"));
            new WebDriverWait(driver, TIMEOUT)
                    .withMessage(() -> "the switch did not show the 63 provinces at " + driver.getCurrentUrl())
                    .until(d -> query().contains("structure=reported") && regions("#national-map") == 63);
            waitSettled("#national-map");
            assertThat(query()).contains("year=2020");
            screenshot("nation-2020-as-reported");
            screenshotOf("#national-map", "nation-2020-as-reported-map");

            WebElement provinceLink = reveal("unit-link-" + NAM_DINH);
            assertThat(provinceLink)
                    .as("#unit-link-36 (Nam Định) in #unit-table on " + driver.getCurrentUrl())
                    .isNotNull();
            click(provinceLink);
            waitForPath("/province/" + NAM_DINH);
            waitSettled("#province-map");
            assertThat(driver.findElements(By.cssSelector(".error-view")))
                    .as("not-found page at " + path())
                    .isEmpty();
            assertThat(query())
                    .as("year, indicator and structure kept in the address")
                    .contains("year=2020")
                    .contains("indicator=COVERAGE_COMMUNES")
                    .contains("structure=reported");
            WebElement coverage = driver.findElement(By.id("figure-coverage-communes"));
            assertThat(coverage.getText())
                    .as("Nam Định 2020, communes recognised safe (seed article)")
                    .contains("97,37%");
            screenshot("province-36-2020");

            WebElement districtLink = firstUnitLink();
            String district = districtLink.getText().strip();
            assertThat(district).isNotBlank();
            click(districtLink);
            new WebDriverWait(driver, TIMEOUT).until(d -> path().startsWith("/province/" + NAM_DINH + "/"));
            waitSettled(null);
            assertThat(driver.findElements(By.cssSelector(".error-view")))
                    .as("not-found page at " + path())
                    .isEmpty();
            assertThat(query()).contains("year=2020");
            assertThat(driver.findElement(By.tagName("body")).getText())
                    .as("the district's page names it")
                    .contains(district);
            screenshot("district-" + lastSegment(path()));
        } catch (RuntimeException | AssertionError e) {
            if (!(e instanceof org.opentest4j.TestAbortedException)) {
                screenshot("failure");
            }
            throw e;
        }
    }

    /**
     * On today's structure a new province and one of its new communes show 2020 restated: Ninh Bình (37) names the old
     * provinces summed into it and draws its communes, some marked as estimates (≈); Xã Vạn Xuân (33/13219), formed
     * partly from a split commune, shows its trend 2019–2026 with the estimated years marked on the axis.
     */
    @Test
    void aNewProvinceAndOneOfItsNewCommunesShow2020Restated() {
        try {
            browser.signIn(baseUrl, "lanhdao", "antq-demo-lanhdao");
            open("/province/37?year=2020&indicator=COVERAGE_RESIDENTIAL_AREAS");
            waitSettled("#province-map");
            assertThat(driver.findElement(By.id("restated-from")).getText()).contains("Tỉnh Hà Nam", "Tỉnh Nam Định");
            assertThat(regions("#province-map")).isGreaterThan(100);
            assertThat(driver.findElement(By.id("restated-estimates")).getText())
                    .startsWith("≈ Ước tính");
            screenshotOf("#province-map", "province-37-2020-today-map");

            open("/province/33/commune/13219?year=2020&indicator=COVERAGE_RESIDENTIAL_AREAS");
            waitSettled("#trend-chart");
            assertThat(driver.findElement(By.id("figure-coverage-residential-areas"))
                            .getText())
                    .contains("≈");
            assertThat(driver.findElement(By.id("restated-from")).getText()).contains("một phần");
            screenshotOf("#trend-chart", "commune-13219-2020-today");
        } catch (RuntimeException | AssertionError e) {
            if (!(e instanceof org.opentest4j.TestAbortedException)) {
                screenshot("failure");
            }
            throw e;
        }
    }

    /**
     * A conference screen opens its link with the demo presenter token: presentation mode at once, no sign-in page, the
     * token gone from the address. Without its session (as after a server restart) it reloads straight into the
     * presentation again from its cookie; the dashboard stays closed to it.
     */
    @Test
    void aConferenceScreenSignsInWithItsTokenAndAgainWithoutItsSession() {
        try {
            open("/present?screen=" + E2eBrowser.DEMO_SCREEN_TOKEN + "&slides=coverage,trend&interval=30");
            waitForPresentation();
            assertThat(driver.getCurrentUrl()).doesNotContain("screen=");
            screenshot("screen-signed-in");

            driver.manage().getCookies().stream()
                    .filter(c -> !c.getName().equals("antq-screen"))
                    .forEach(c -> driver.manage().deleteCookie(c));
            driver.navigate().refresh();
            waitForPresentation();
            assertThat(path()).isEqualTo("/present");
            screenshot("screen-without-session");

            open("/");
            new WebDriverWait(driver, TIMEOUT)
                    .until(d -> path().equals("/present")
                            || !d.findElements(By.id("not-permitted")).isEmpty());
            assertThat(driver.findElements(By.id("national-map")))
                    .as("a screen does not see the dashboard")
                    .isEmpty();
        } catch (RuntimeException | AssertionError e) {
            if (!(e instanceof org.opentest4j.TestAbortedException)) {
                screenshot("failure");
            }
            throw e;
        }
    }

    private void waitForPresentation() {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "no presentation at " + driver.getCurrentUrl())
                .until(d ->
                        !d.findElements(By.cssSelector("#present[data-slide]")).isEmpty());
        assertThat(path()).doesNotStartWith("/login");
    }

    // ------------------------------------------------------------------ helpers

    private void open(String pathAndQuery) {
        driver.get(baseUrl + pathAndQuery);
    }

    private void click(WebElement element) {
        // a plain DOM click: the link may sit in a scrolled grid row that WebDriver deems hidden
        js("arguments[0].click();", element);
    }

    private void waitSettled(String required) {
        new WebDriverWait(driver, TIMEOUT)
                .pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "page did not settle with every map/chart drawn"
                        + (required == null ? "" : " and " + required) + " on " + driver.getCurrentUrl())
                .until(d -> Boolean.TRUE.equals(js(SETTLED, required)));
    }

    private void waitForPath(String expected) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "expected " + expected + ", at " + driver.getCurrentUrl())
                .until(d -> path().equals(expected));
    }

    /**
     * The element with this id; a link in the lazy unit table ({@code vaadin-grid}, which renders only the rows in view)
     * is scrolled into the DOM first. Null when no row holds it.
     */
    private WebElement reveal(String id) {
        for (int row = 0; row < 10_000; row += 8) {
            List<WebElement> found = driver.findElements(By.id(id));
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Object size = js("""
                    const grid = document.querySelector('vaadin-grid#unit-table') || document.querySelector('vaadin-grid');
                    if (!grid || !grid.scrollToIndex) return -1;
                    grid.scrollToIndex(arguments[0]);
                    return grid.size || 0;
                    """, row);
            long rows = size instanceof Number n ? n.longValue() : -1;
            if (rows < 0 || row > rows) {
                found = driver.findElements(By.id(id));
                return found.isEmpty() ? null : found.getFirst();
            }
            waitSettled(null);
        }
        return null;
    }

    /** How many units the map has figures for (its {@code regions} property, sent by the server). */
    private long regions(String map) {
        Object count = js(
                "const m = document.querySelector(arguments[0]); return m && m.regions ? Object.keys(m.regions).length : -1;",
                map);
        return count instanceof Number n ? n.longValue() : -1;
    }

    /** The structure switch's button of this structure ("current" or "reported"). */
    private WebElement structureChoice(String structure) {
        By button = By.id("structure-" + structure);
        new WebDriverWait(driver, TIMEOUT)
                .withMessage("no structure switch on " + driver.getCurrentUrl())
                .until(d -> !d.findElements(button).isEmpty());
        return driver.findElement(button);
    }

    private WebElement firstUnitLink() {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage("no unit link in #unit-table on " + driver.getCurrentUrl())
                .until(d ->
                        !d.findElements(By.cssSelector("[id^='unit-link-']")).isEmpty());
        return driver.findElements(By.cssSelector("[id^='unit-link-']")).getFirst();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private String query() {
        String query = URI.create(driver.getCurrentUrl()).getQuery();
        return query == null ? "" : query;
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * A screenshot with this element in the middle of the window (a map lies below the page's controls); the page is
     * scrolled back to its top afterwards (the app layout's content scrolls, not the window).
     */
    private void screenshotOf(String selector, String name) {
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", selector);
        screenshot(name);
        js("(document.querySelector('#breadcrumbs') || document.body).scrollIntoView();");
    }

    private void screenshot(String name) {
        browser.screenshot("%02d-%s".formatted(++shot, name));
    }
}
