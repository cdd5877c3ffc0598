package io.sportello.intake;

import static io.sportello.intake.MailTestSupport.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.sportello.SportelloSpringTest;
import io.sportello.SurveyLinks;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.survey.SurveyStatus;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.ProcessJobs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Survey and sign-in links are secrets: the customer's mail carries them, the database only their hashes, and the copy
 * the desk keeps of a sent mail no longer works as a link.
 */
class SecretLinksTest extends SportelloSpringTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    TicketDesk desk;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboundDispatcher dispatcher;
    @Autowired
    SurveyService surveys;
    @Autowired
    CustomerPortal portal;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSurveyLinkWorksFromTheCustomersMailOnlyAndTheDatabaseKeepsNoCopyOfIt() throws Exception {
        String email = "csat." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, email, "Carla Bruni", "Reso", "Come faccio il reso?",
                Category.RETURN, null, "it", null, newId()), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        var luca = users.get("luca");
        desk.claim(ticket.getNumber(), luca);
        desk.resolve(ticket.getNumber(), ResolutionCode.ANSWERED, "Istruzioni per il reso inviate", luca);
        jobs.advanceTo(clock.instant().plus(Duration.ofDays(3)).plusSeconds(60));

        String token = SurveyLinks.surveyToken(greenMail, email);
        assertThat(rowsContaining("survey", token)).as("the survey row keeps only the hash").isEmpty();
        awaitSent(email);
        assertThat(rowsContaining("outbound_delivery", token)).as("once sent, the desk forgets the link").isEmpty();
        assertThat(outbox.ofTicket(ticket.getId())).filteredOn(d -> d.getKind() == OutboundDelivery.Kind.SURVEY)
                .singleElement().satisfies(d -> assertThat(d.getBody()).contains("/portal/survey/…"));

        char last = token.charAt(token.length() - 1);
        String mistyped = token.substring(0, token.length() - 1) + (last == 'x' ? 'y' : 'x');
        assertThat(portal.survey(mistyped)).as("a link with one character changed opens nothing").isEmpty();
        portal.answer(token, 4, "Gentili");
        assertThat(surveys.ofTicket(ticket.getId())).singleElement()
                .satisfies(s -> assertThat(s.getStatus()).isEqualTo(SurveyStatus.ANSWERED));
    }

    @Test
    void theSignInLinkIsKeptOnlyAsAHashAndForgottenOnceSent() throws Exception {
        String email = "portale." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        desk.open(new OpenTicket(Channel.EMAIL, email, "Dario Fo", "Ordine", "Dov'è il mio ordine?",
                Category.SHIPPING, null, "it", null, newId()), Actor.system());
        portal.requestLink(email, "it");
        String token = SurveyLinks.signInToken(greenMail, email);
        assertThat(rowsContaining("portal_token", token)).isEmpty();
        awaitSent(email);
        assertThat(rowsContaining("outbound_delivery", token)).isEmpty();
        assertThat(outbox.toRecipient(email)).filteredOn(d -> d.getKind() == OutboundDelivery.Kind.SIGN_IN_LINK)
                .singleElement().satisfies(d -> assertThat(d.getBody()).contains("/portal/enter/…"));
        assertThat(portal.redeem(token)).isPresent();
    }

    @Test
    void aSurveyMailQueuedBeforeLinksWereKeptApartForgetsItsLinkOnceSentToo() {
        OutboundDelivery old = new OutboundDelivery(1L, null, Channel.EMAIL, OutboundDelivery.Kind.SURVEY, "a@example.it",
                "Com'è andata?", "Ciao,\nhttp://localhost:8080/portal/survey/AbCdEfGhIjKlMnOpQrStUvWx\nGrazie",
                "<x@sportello.local>", null, null, clock.instant());
        assertThat(old.deliverableText()).contains("/portal/survey/AbCdEfGhIjKlMnOpQrStUvWx");
        old.sent("id", clock.instant());
        assertThat(old.getBody()).contains("/portal/survey/…").doesNotContain("AbCdEfGhIjKlMnOpQrStUvWx");
    }

    /** Waits (bounded) until the mails sent after commit are recorded as sent. */
    private void awaitSent(String recipient) {
        org.awaitility.Awaitility.await("mails to " + recipient + " recorded as sent").atMost(SurveyLinks.MAIL_WAIT)
                .until(() -> jdbc.queryForList("select id from outbound_delivery where status in ('PENDING', 'SENDING') "
                        + "and recipient = ?", recipient).isEmpty());
    }

    /** Rows of a table with any column holding the value, read straight from the database. */
    private List<Map<String, Object>> rowsContaining(String table, String value) {
        return jdbc.queryForList("select * from " + table).stream()
                .filter(row -> row.values().stream().anyMatch(v -> v != null && v.toString().contains(value))).toList();
    }
}
