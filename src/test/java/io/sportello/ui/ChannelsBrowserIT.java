package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.sportello.SportelloSpringTest;
import io.sportello.shared.Channel;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketService;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Customer channels in real browsers (Debian Chromium via Playwright): a customer and an agent chat live, each seeing
 * the other's messages arrive by server push; a visitor sends the contact form. Screenshots in target/screenshots/.
 */
class ChannelsBrowserIT extends SportelloSpringTest {

    static final Path SHOTS = Paths.get("target/screenshots");
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TicketService tickets;

    @BeforeAll
    static void launch() {
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

    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    Page signIn(String user) {
        Page page = newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill("secret");
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Test
    void aCustomerAndAnAgentChatLive() {
        Page agent = signIn("luca");
        agent.navigate("http://localhost:" + port + "/inbox");
        assertThat(agent.locator("#inbox-grid")).isVisible();

        Page customer = newPage();
        customer.navigate("http://localhost:" + port + "/chat");
        assertThat(customer.locator("#chat-status")).containsText("We are online");
        String email = "chat." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        customer.locator("#chat-name input").fill("Irene Costa");
        customer.locator("#chat-email input").fill(email);
        customer.locator("#chat-first textarea").fill("Il codice sconto BLACK20 non funziona");
        customer.locator("#chat-start").click();
        assertThat(customer.locator("#chat-status")).hasText("Waiting for an agent…");

        Ticket ticket = tickets.search(new TicketFilter(null, null, null, null, Set.of(Channel.CHAT), null, null, null, null,
                null), PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id"))).getContent().get(0);
        assertThat(tickets.messages(ticket.getId()).get(0).getBodyText()).isEqualTo("Il codice sconto BLACK20 non funziona");

        agent.navigate("http://localhost:" + port + "/ticket/" + ticket.getNumber());
        assertThat(agent.locator("#conversation")).containsText("BLACK20");
        assertThat(agent.locator("#chat-banner")).containsText("customer waiting");

        // the customer writes again: the agent's workspace shows it without a reload
        customer.locator("#chat-input textarea").fill("Ho provato anche da telefono");
        customer.locator("#chat-send").click();
        assertThat(agent.locator("#conversation")).containsText("Ho provato anche da telefono");

        agent.locator("#action-claim").click();
        agent.locator("#composer textarea").fill("Ciao Irene, il codice vale da venerdì: te ne attivo uno adesso.");
        agent.locator("#send").click();
        // and the customer sees the answer arrive
        assertThat(customer.locator("#chat-transcript")).containsText("te ne attivo uno adesso");
        assertThat(customer.locator("#chat-status")).hasText("An agent is with you.");
        assertThat(agent.locator("#chat-banner")).containsText("customer connected");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("chat-customer.png")));
        agent.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("chat-agent.png")).setFullPage(true));
    }

    @Test
    void aVisitorSendsTheContactForm() {
        Page visitor = newPage();
        visitor.navigate("http://localhost:" + port + "/contact");
        visitor.locator("#contact-name input").fill("Nadia Greco");
        visitor.locator("#contact-email input").fill("nadia." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
        visitor.locator("#contact-order input").fill("ORD-2026-100021");
        visitor.locator("#contact-topic").click();
        visitor.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Return")).click();
        visitor.locator("#contact-message textarea").fill("Vorrei restituire il maglione, è della taglia sbagliata.");
        visitor.locator("#contact-send").click();
        assertThat(visitor.locator("#contact-result")).containsText("Your request is ticket SP-");
        visitor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("contact-form.png")).setFullPage(true));
    }
}
