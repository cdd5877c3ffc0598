package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.sportello.knowledge.ArticleImport;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The help centre in a real browser on a phone-sized screen (Debian Chromium via Playwright): an Italian customer asks
 * how long they have for a return, reads the article and says it helped; in the chat the assistant answers the same
 * question from the article, then passes the customer to a person; the agent of a returns ticket inserts the
 * article's answer from the workspace in one click; the size guide's picture loads and fits the phone. Screenshots in target/screenshots/.
 */
class HelpCentreBrowserIT extends BrowserTest {

    @Autowired
    ArticleImport imports;
    @Autowired
    io.sportello.desk.TicketDesk desk;

    @BeforeEach
    void demoArticles() {
        imports.importFolder("classpath:knowledge/demo", "elena");
    }

    private Page italianPhone() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("it-IT"));
        return phone.newPage();
    }

    @Test
    void anItalianCustomerFindsTheReturnsArticleOnAPhoneAndSaysItHelped() {
        Page customer = italianPhone();
        customer.navigate("http://localhost:" + port + "/help");
        assertThat(customer.locator("#help-categories")).containsText("Resi e rimborsi");
        customer.locator("#help-search input").fill("quanto tempo ho per fare un reso?");
        customer.locator("#help-search input").press("Enter");
        assertThat(customer.locator("#help-results a").first()).hasText("Quanto tempo ho per fare un reso?");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("help-search-phone.png")));
        customer.locator("#help-results a").first().click();
        assertThat(customer.locator("#help-article-body")).containsText("30 giorni");
        customer.locator("#help-feedback-yes").click();
        assertThat(customer.locator("#help-feedback-thanks")).hasText("Grazie per il Suo riscontro!");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("help-article-phone.png")).setFullPage(true));
    }

    @Test
    void theSizeGuidesPictureLoadsAndFitsAPhonesScreen() {
        Page customer = italianPhone();
        customer.navigate("http://localhost:" + port + "/help/articles/sneaker-size-guide");
        var picture = customer.locator("#help-article-body img");
        assertThat(picture).hasAttribute("alt", java.util.regex.Pattern.compile("^Come misurare il piede"));
        picture.scrollIntoViewIfNeeded();
        customer.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());
        double shown = ((Number) picture.evaluate("img => img.getBoundingClientRect().width")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(shown).as("as wide as the screen allows, no wider").isBetween(200.0, 390.0);
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("help-size-guide-phone.png")).setFullPage(true));
    }

    @Test
    void theChatAssistantAnswersFromTheArticleThenPassesTheCustomerToAPerson() {
        Page customer = italianPhone();
        customer.navigate("http://localhost:" + port + "/chat");
        customer.locator("#chat-name input").fill("Bianca Neri");
        customer.locator("#chat-email input").fill("bianca." + UUID.randomUUID().toString().substring(0, 8) + "@esempio.it");
        customer.locator("#chat-first textarea").fill("quanto tempo ho per fare un reso?");
        customer.locator("#chat-start").click();
        assertThat(customer.locator("#chat-transcript")).containsText("Assistente Sportello");
        assertThat(customer.locator("#chat-transcript")).containsText("30 giorni");
        assertThat(customer.locator("#chat-transcript")).containsText("/help/articles/return-window");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("chat-assistant-phone.png")).setFullPage(true));
        customer.locator("#chat-input textarea").fill("voglio parlare con una persona");
        // (development mode's notice lies over the buttons of a phone-sized page; production shows none)
        customer.locator("#chat-send").dispatchEvent("click");
        assertThat(customer.locator("#chat-transcript")).containsText("collega");
        assertThat(customer.locator("#chat-status")).hasText("In attesa di un operatore…");
    }

    @Test
    void anAgentPutsTheArticlesAnswerIntoTheReplyInOneClick() {
        var ticket = desk.open(new io.sportello.desk.OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it",
                "Rita Levi", "Reso", "Buongiorno, entro quando posso fare il reso delle scarpe?", null, null, "it", null,
                null), Actor.system()).ticket();
        Page agent = signIn("luca");
        agent.navigate("http://localhost:" + port + "/ticket/" + ticket.getNumber());
        assertThat(agent.locator("#knowledge-result-0")).containsText("Quanto tempo ho per fare un reso?");
        agent.locator("#knowledge-result-0").click();
        agent.locator("#knowledge-insert-part-0").click();
        assertThat(agent.locator("#composer textarea")).hasValue(java.util.regex.Pattern.compile(
                "30 giorni[\\s\\S]*/help/articles/return-window"));
        agent.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workspace-knowledge.png")).setFullPage(true));
    }
}
