package io.sportello.ui.customer;

import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.Outbox;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.survey.SurveyService;
import io.sportello.survey.SurveyStatus;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The customer portal: one-time link sign-in, only one's own tickets and public messages, replies and the survey. */
class PortalTest extends KaribuTest {


    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    Outbox outbox;
    @Autowired
    SurveyService surveys;
    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;
    @Autowired
    MockMvc mvc;

    private Ticket open(String email, String subject) {
        return desk.open(new OpenTicket(Channel.EMAIL, email, "Cliente " + subject, subject, "Testo di " + subject,
                Category.SHIPPING, null, "en", null, null), Actor.system()).ticket();
    }

    private String requestLink(String email) {
        UI.getCurrent().navigate(PortalLoginView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("portal-email")), email);
        _click(_get(Button.class, spec -> spec.withId("portal-send-link")));
        return io.sportello.SurveyLinks.signInToken(greenMail, email);
    }

    private void enter(String token) {
        UI.getCurrent().navigate("portal/enter/" + token);
    }

    @Test
    void aCustomerSignsInWithTheLinkAndSeesOnlyTheirOwnTicketsAndPublicMessages() {
        String a = "anna." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        String b = "bruno." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        Ticket mine = open(a, "Pacco in ritardo");
        Ticket theirs = open(b, "Rimborso di Bruno");
        desk.claim(mine.getNumber(), users.get("luca"));
        desk.agentReply(mine.getNumber(), "Il corriere consegna domani.", users.get("luca"));
        desk.internalNote(mine.getNumber(), "Cliente nervoso, trattare con cura", users.get("luca"));

        enter(requestLink(a));
        PortalView list = _get(PortalView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list.grid, 0).toString()).contains("Pacco in ritardo");

        UI.getCurrent().navigate("portal/ticket/" + mine.getNumber());
        String thread = _get(Div.class, spec -> spec.withId("portal-conversation")).getElement().getTextRecursively();
        assertThat(thread).contains("Testo di Pacco in ritardo", "Il corriere consegna domani.")
                .doesNotContain("Cliente nervoso");

        UI.getCurrent().navigate("portal/ticket/" + theirs.getNumber());
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-not-found")).getText())
                .contains("We cannot find request " + theirs.getNumber());
        assertThat(_find(Div.class, spec -> spec.withId("portal-conversation"))).isEmpty();
        UI.getCurrent().navigate("portal/ticket/SP-999999");
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-not-found")).getText()).contains("SP-999999");
    }

    @Test
    void aCustomerRepliesFromThePortal() {
        String a = "carla." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        Ticket mine = open(a, "Taglia sbagliata");
        enter(requestLink(a));
        UI.getCurrent().navigate("portal/ticket/" + mine.getNumber());
        _setValue(_get(TextArea.class, spec -> spec.withId("portal-reply")), "Ho allegato la foto dell'etichetta");
        _click(_get(Button.class, spec -> spec.withId("portal-send")));

        assertThat(tickets.messages(mine.getId())).extracting(TicketMessage::getBodyText)
                .contains("Ho allegato la foto dell'etichetta");
        assertThat(_get(Div.class, spec -> spec.withId("portal-conversation")).getElement().getTextRecursively())
                .contains("Ho allegato la foto dell'etichetta");
    }

    @Autowired
    io.sportello.knowledge.ArticleImport imports;
    @Autowired
    io.sportello.knowledge.KnowledgeBase knowledge;

    @Test
    void aSignedInCustomerAsksSomethingNewSeesArticlesWhileTypingAndAnAnswerEndsIt() {
        imports.importFolder("classpath:knowledge/demo", "elena");
        String a = "elsa." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        open(a, "Primo ordine");
        enter(requestLink(a));
        PortalView portal = _get(PortalView.class);
        int before = GridKt._size(portal.grid);
        long deflections = knowledge.deflections(clock.instant().minusSeconds(60), clock.instant().plusSeconds(60))
                .getOrDefault(io.sportello.knowledge.KnowledgeSearchLog.Source.PORTAL, 0L);

        _setValue(_get(TextArea.class, spec -> spec.withId("portal-ask")), "How long do I have to return something?");
        assertThat(_get(Div.class, spec -> spec.withId("article-suggestions")).getElement().getTextRecursively())
                .contains("How long do I have to return something?");
        _click(_get(Button.class, spec -> spec.withId("suggestion-answered-0")));
        assertThat(knowledge.deflections(clock.instant().minusSeconds(60), clock.instant().plusSeconds(60))
                .get(io.sportello.knowledge.KnowledgeSearchLog.Source.PORTAL)).isEqualTo(deflections + 1);
        assertThat(GridKt._size(portal.grid)).as("answered by the article: no ticket").isEqualTo(before);

        _setValue(_get(TextArea.class, spec -> spec.withId("portal-ask")), "Can I have the parcel left with my neighbour?");
        _click(_get(Button.class, spec -> spec.withId("portal-ask-send")));
        assertThat(GridKt._size(portal.grid)).isEqualTo(before + 1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-ask-sent")).getText()).contains("SP-");
    }

    @Test
    void aLinkWorksOnceAndExpires() {
        String a = "dario." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        open(a, "Fattura");
        String token = requestLink(a);
        enter(token);
        assertThat(_find(PortalView.class)).hasSize(1);
        PortalSessionTestAccess.signOut();
        enter(token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-link-invalid")).getText()).contains("already been used");

        String later = requestLink(a);
        clock.pin(clock.instant().plus(Duration.ofMinutes(31)));
        enter(later);
        assertThat(_find(Paragraph.class, spec -> spec.withId("portal-link-invalid"))).hasSize(1);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = "nessuno." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        UI.getCurrent().navigate(PortalLoginView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("portal-email")), nobody);
        _click(_get(Button.class, spec -> spec.withId("portal-send-link")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("portal-login-answer")).getText())
                .contains("If " + nobody + " is the address of one of our customers");
        assertThat(outbox.toRecipient(nobody)).isEmpty();
    }

    @Test
    void withoutSignInThePortalSendsToTheSignInPage() {
        UI.getCurrent().navigate("portal");
        assertThat(_find(PortalLoginView.class)).hasSize(1);
        UI.getCurrent().navigate("portal/ticket/SP-000001");
        assertThat(_find(PortalLoginView.class)).hasSize(1);
    }

    @Test
    void theSurveyLinkRecordsTheAnswer() {
        String a = "elio." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        Ticket ticket = open(a, "Reso accettato");
        var survey = surveys.send(ticket.getId());
        UI.getCurrent().navigate("portal/survey/" + survey.linkToken().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("survey-score-5")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-answer")).getText()).isEqualTo("Thank you for your answer!");
        assertThat(surveys.ofTicket(ticket.getId()).get(0).getStatus()).isEqualTo(SurveyStatus.ANSWERED);
        assertThat(surveys.ofTicket(ticket.getId()).get(0).getScore()).isEqualTo(5);
    }

    @Test
    void aCustomerAccountGetsNothingFromTheAgentApi() throws Exception {
        Ticket other = open("franco." + UUID.randomUUID().toString().substring(0, 8) + "@example.it", "Segreto");
        mvc.perform(get("/api/v1/tickets/" + other.getNumber()).with(httpBasic("giulia", "secret")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets").with(httpBasic("giulia", "secret"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets/" + other.getNumber() + "/history").with(httpBasic("giulia", "secret")))
                .andExpect(status().isForbidden());
    }

    /** Direct access to the portal session for the once-only test. */
    static final class PortalSessionTestAccess {
        static void signOut() {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
