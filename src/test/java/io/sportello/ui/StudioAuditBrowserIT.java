package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessStudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a process owner opens the studio (bpmn-js draws the model), edits a task name in the modeler's
 * Camunda properties panel and deploys the new version with a comment; an auditor opens a ticket's audit page,
 * reads its timeline and sees the path taken on the diagram. Screenshots in target/screenshots/.
 */
class StudioAuditBrowserIT extends BrowserTest {

    @Autowired
    ProcessStudio studio;
    @Autowired
    TicketDesk desk;
    @Autowired
    UserAccountService accounts;

    @Test
    void processOwnerEditsAndDeploysInTheBrowser() throws Exception {
        int before = studio.latest("tier-escalation").orElseThrow().version();
        Page paolo = signIn("paolo");
        long start = System.nanoTime();
        open(paolo, "/studio");
        assertThat(paolo.locator("sportello-bpmn[data-loaded='true']")).hasCount(1);
        assertThat(paolo.locator("sportello-bpmn [data-element-id='Task_HandleTicket']").first()).isVisible();
        System.out.printf("Studio with the model drawn in %d ms (page load included)%n", (System.nanoTime() - start) / 1_000_000);
        paolo.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("studio.png")));

        paolo.locator("#edit-model").click();
        assertThat(paolo.locator("sportello-bpmn[data-mode='modeler'][data-loaded='true']")).hasCount(1);
        assertThat(paolo.locator(".bio-properties-panel")).isVisible();
        paolo.locator("sportello-bpmn .djs-element[data-element-id='Task_HandleTicket']").first().click();
        var name = paolo.locator("#bio-properties-panel-name");
        assertThat(name).hasValue("Handle ticket");
        paolo.locator("[data-group-id='group-general'] .bio-properties-panel-group-header").click();
        name.fill("Handle payment problem");
        paolo.keyboard().press("Tab");
        paolo.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("studio-modeler.png")));

        paolo.locator("#validate-deploy").click();
        assertThat(paolo.locator(".model-valid")).isVisible();
        paolo.locator("#deploy-comment textarea").fill("Clearer name for the L2 queue");
        paolo.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("studio-deploy.png")));
        try {
            paolo.locator("#deploy-model").click();
            assertThat(paolo.locator(".studio-title")).isVisible();
            ModelVersion latest = studio.latest("tier-escalation").orElseThrow();
            assertThat(latest.version()).isEqualTo(before + 1);
            assertThat(new String(studio.model(latest.id()))).contains("Handle payment problem");
            assertThat(studio.deploymentHistory().get(0).comment()).isEqualTo("Clearer name for the L2 queue");
            assertThat(studio.deploymentHistory().get(0).deployedBy()).isEqualTo("paolo");
        } finally {
            if (studio.latest("tier-escalation").orElseThrow().version() > before) {
                studio.deploy(Files.readAllBytes(Path.of("processes/tier-escalation.bpmn")),
                        "test restores the repository model", Actor.system());
            }
        }
    }

    @Test
    void auditorReadsATicketsStoryAndPath() {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Nadia Prova",
                "Doppio addebito", "Mi avete addebitato due volte", Category.PAYMENT, null, "it", null, null),
                Actor.system()).ticket();
        desk.claim(ticket.getNumber(), accounts.get("sara"));
        desk.agentReply(ticket.getNumber(), "Verifichiamo subito con la banca.", accounts.get("sara"));

        Page anna = signIn("anna");
        open(anna, "/audit");
        anna.locator("#audit-number input").fill(ticket.getNumber());
        assertThat(anna.locator("#audit-grid vaadin-grid-cell-content:visible")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(ticket.getNumber()))).hasCount(1);
        anna.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("audit-search.png")));

        open(anna, "/audit/ticket/" + ticket.getNumber());
        assertThat(anna.locator("#audit-timeline")).isVisible();
        assertThat(anna.locator("#audit-timeline vaadin-grid-cell-content:visible")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ticket created")).first()).isVisible();
        anna.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("audit-timeline.png")));

        anna.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Process diagram")).click();
        assertThat(anna.locator("sportello-bpmn[data-loaded='true']")).hasCount(1);
        assertThat(anna.locator("sportello-bpmn .sp-done").first()).isAttached();
        // the innermost running process is shown first: tier handling, waiting at the L2 task
        assertThat(anna.locator("sportello-bpmn .sp-current[data-element-id='Task_HandleTicket']")).hasCount(1);
        anna.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("audit-diagram.png")));
        assertThat(anna.locator("#ticket-export-pdf").getAttribute("href")).isNotBlank();
    }
}
