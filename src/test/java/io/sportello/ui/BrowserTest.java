package io.sportello.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.sportello.SportelloSpringTest;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests: Debian Chromium driven by Playwright (its driver ships in the jar, no browser
 * download) against the application on a random port. Screenshots go to target/screenshots/.
 */
abstract class BrowserTest extends SportelloSpringTest {

    static final Path SHOTS = Paths.get("target/screenshots");
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        // a first visit in development mode compiles and loads the views' client code: allow for a slow machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static boolean frontendReady;

    /**
     * In development mode Vaadin compiles the front-end bundle at the first start when the committed one does not
     * match the code (a new npm package, a changed connector): wait for it once instead of failing the first test.
     */
    @org.junit.jupiter.api.BeforeEach
    void waitForFrontendBundle() {
        if (frontendReady) {
            return;
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest poll = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/login")).header("X-DevModePoll", "true").build();
        org.awaitility.Awaitility.await("the front-end development bundle").atMost(java.time.Duration.ofMinutes(10))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> http.send(poll, java.net.http.HttpResponse.BodyHandlers.discarding()).headers()
                        .firstValue("X-DevModePending").isEmpty());
        frontendReady = true;
    }

    /** A fresh browser (own cookies) showing nothing yet. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** A fresh browser signed in as {@code user} (password "secret" in tests). */
    Page signIn(String user) {
        Page page = newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill("secret");
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    void open(Page page, String path) {
        page.navigate("http://localhost:" + port + path);
    }
}
