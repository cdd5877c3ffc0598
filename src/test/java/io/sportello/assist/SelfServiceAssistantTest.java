package io.sportello.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.customer.CustomerService;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.LiveChat;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Direction;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Visibility;
import io.sportello.understanding.HandoverSummaries;
import io.sportello.understanding.HandoverSummary;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.WorkKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The self-service assistant with the whole desk: the demo shop's articles, the live order data, the real process and
 * decision tables. What a customer reads in the chat (or the e-mail), and what the agent finds when it hands over.
 */
class SelfServiceAssistantTest extends SportelloSpringTest {

    @Autowired
    LiveChat chat;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;
    @Autowired
    CommerceService commerce;
    @Autowired
    WorkItems workItems;
    @Autowired
    HandoverSummaries summaries;
    @Autowired
    io.sportello.analytics.Reports reports;
    @Autowired
    io.sportello.knowledge.ArticleImport imports;
    @Autowired
    io.sportello.knowledge.KnowledgeAnswers answers;
    @Autowired
    io.sportello.sla.SlaService sla;
    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @org.junit.jupiter.api.BeforeEach
    void theDemoShopsArticles() {
        imports.importFolder("classpath:knowledge/demo", "elena");
    }

    /** How sure the assistant is of the questions the demo articles answer, and of those they do not. */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "quanto tempo ho per fare un reso?                 | it | return-window",
            "quanto tempo ho x fare un reso                    | it | return-window",
            "quali metodi di pagamento accettate?              | it | payment-methods",
            "posso pagare con paypal?                          | it | payment-methods",
            "quanto costa la spedizione?                       | it | shipping-costs",
            "che taglia di scarpe devo prendere?               | it | sneaker-size-guide",
            "la garanzia quanto dura?                          | it | warranty",
            "how long do I have to return something?           | en | return-window",
            "which payment methods do you accept?              | en | payment-methods",
            "how much is shipping                              | en | shipping-costs"})
    void theQuestionsTheArticlesAnswerAreAnsweredWithConfidence(String question, String language, String group) {
        var answer = answers.answer(question.strip(), language).orElseThrow();
        assertThat(answer.article().getGroupKey()).as("confidence %.2f", answer.confidence()).isEqualTo(group);
        assertThat(answer.confidence()).isGreaterThanOrEqualTo(answers.confidentFrom());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "siamo un'agenzia e vorremmo proporvi una collaborazione per i vostri social | it",
            "e il gatto del vicino?                                                      | it",
            "vorrei lavorare da voi, a chi mando il curriculum?                          | it",
            "we are a marketing agency and would like to propose a partnership           | en"})
    void whatTheArticlesDoNotAnswerIsNotAnsweredWithConfidence(String question, String language) {
        answers.answer(question.strip(), language).ifPresent(a ->
                assertThat(a.confidence()).as(a.article().getGroupKey()).isLessThan(answers.confidentFrom()));
    }

    private static String address(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@esempio.it";
    }

    /** The assistant's public messages on the ticket, in order. */
    private List<String> assistantSaid(Long ticketId) {
        return tickets.messages(ticketId).stream().filter(TicketMessage::isFromAssistant)
                .map(TicketMessage::getBodyText).toList();
    }

    private boolean withAPerson(Long ticketId) {
        return workItems.ofTicket(ticketId).stream().anyMatch(w -> w.kind() == WorkKind.HANDLE_TICKET);
    }

    /** A customer of the shop with one parcel on its way with BRT. */
    private record Buyer(String address, String order, String tracking) {
    }

    private Buyer buyer(String language) {
        String address = address("cliente");
        var customer = customers.resolve(Channel.EMAIL, address, "Sofia Esposito", language);
        String number = "ORD-2026-" + (100000 + (int) (Math.random() * 899999));
        String tracking = "BRT" + (10000000 + (int) (Math.random() * 89999999));
        var order = commerce.recordOrder(number, customer.getId(), clock.instant().minus(Duration.ofDays(3)),
                OrderStatus.PAID, new BigDecimal("59.90"));
        commerce.recordShipment(order.getId(), "BRT", tracking, ShipmentStatus.IN_TRANSIT,
                clock.instant().minus(Duration.ofDays(2)), LocalDate.of(2026, 11, 25), null);
        return new Buyer(address, number, tracking);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quanto tempo ho per fare un reso?                      | it | 30 giorni",
            "Quanto tempo ho per restituire delle scarpe che non vanno bene | it | 30 giorni",
            "entro quando devo fare il reso?                         | it | 30 giorni",
            "how long do I have to return something?                | en | 30 days"})
    void aReturnsQuestionInTheChatIsAnsweredFromTheReturnsArticleWithItsLink(String question, String language,
                                                                            String fact) {
        var started = chat.start("Giulia", address("giulia"), question.strip(), language);
        List<String> said = assistantSaid(started.ticketId());
        assertThat(said).hasSize(1);
        assertThat(said.get(0)).contains(fact).contains("/help/articles/return-window");
        Ticket ticket = tickets.get(started.ticketId());
        assertThat(withAPerson(ticket.getId())).as("no agent needed yet").isFalse();
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> assertThat(e.getReason())
                .isEqualTo(HistoryReason.of(HistoryReason.ASSISTANT_ANSWERED, said.get(0).contains("days")
                        ? "How long do I have to return something?" : "Quanto tempo ho per fare un reso?",
                        "return-window")));
    }

    @Test
    void whereIsMyOrderInTheChatAsksTheNumberThenGivesTheLiveTracking() {
        Buyer b = buyer("it");
        var started = chat.start("Sofia", b.address(), "dov'è il mio ordine?", "it");
        List<String> said = assistantSaid(started.ticketId());
        assertThat(said).hasSize(1);
        assertThat(said.get(0)).as("a typed address proves nothing: the number first")
                .contains("numero").doesNotContain(b.order()).doesNotContain(b.tracking());

        chat.write(started.sessionId(), "è il " + b.order().toLowerCase());
        said = assistantSaid(started.ticketId());
        assertThat(said).hasSize(2);
        assertThat(said.get(1)).contains(b.order()).contains("BRT").contains(b.tracking());
        assertThat(tickets.get(started.ticketId()).getOrderNumber()).isEqualTo(b.order());
        assertThat(withAPerson(started.ticketId())).isFalse();
    }

    @Test
    void aVisitorWhoProvedTheAddressWithTheMailedCodeGetsTheTrackingOnTheFirstQuestion() {
        Buyer b = buyer("it");
        Long request = chat.requestCode(b.address(), "it", null);
        assertThat(chat.prove(request, io.sportello.SurveyLinks.chatCode(greenMail, b.address())))
                .isEqualTo(io.sportello.intake.ChatProof.Outcome.PROVEN);
        var started = chat.startProven(request, "Sofia", "dov'è il mio ordine?", "it", null);
        assertThat(assistantSaid(started.ticketId())).as("the proof is known before the first turn is read")
                .singleElement().asString().contains(b.order()).contains(b.tracking());
        assertThat(tickets.history(started.ticketId()).stream().filter(e -> e.getReason() != null
                && HistoryReason.CHAT_ADDRESS_PROVEN.equals(e.getReason().code()))).as("recorded once").hasSize(1);
    }

    @Test
    void anOrderNumberThatIsNotTheirsIsNotTalkedAboutAndTheSecondMissGoesToAPerson() {
        Buyer owner = buyer("it");
        var started = chat.start("Altro", address("altro"), "Dove si trova il mio pacco?", "it");
        chat.write(started.sessionId(), owner.order());
        List<String> said = assistantSaid(started.ticketId());
        assertThat(said).hasSize(2);
        assertThat(said.get(1)).as("someone else's order").doesNotContain(owner.tracking()).contains("Non trovo");
        chat.write(started.sessionId(), "ORD-2026-999999");
        assertThat(withAPerson(started.ticketId())).isTrue();
        assertThat(tickets.history(started.ticketId())).anySatisfy(e -> assertThat(e.getReason()).isEqualTo(
                HistoryReason.of(HistoryReason.ASSISTANT_HANDED_OVER,
                        HistoryReason.key("assistant.handover.reason.TWO_FAILED"))));
    }

    @Test
    void aCustomerWritingFromTheirOwnMailboxGetsTheStatusOfTheirParcelAtOnce() {
        Buyer b = buyer("it");
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, b.address(), "Sofia Esposito", "Ordine",
                "Buongiorno, quando arriva il mio ordine?", null, null, "it", null, null), Actor.system()).ticket();
        assertThat(assistantSaid(t.getId())).singleElement().asString().contains(b.order()).contains(b.tracking());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "voglio parlare con una persona | it",
            "posso parlare con un operatore? | it",
            "OPERATORE                      | it",
            "I want to talk to a human      | en",
            "agent please                   | en"})
    void askingForAPersonHandsTheChatOverWithASummary(String text, String language) {
        var started = chat.start("Marta", address("marta"), "Quanto costa la spedizione in Sardegna?", language);
        chat.write(started.sessionId(), text.strip());
        Long id = started.ticketId();
        assertThat(withAPerson(id)).isTrue();
        List<String> said = assistantSaid(id);
        assertThat(said.get(said.size() - 1)).containsAnyOf("collega", "colleague");
        HandoverSummary summary = summaries.latest(id).orElseThrow();
        assertThat(summary.getReason()).isEqualTo(HandoverSummary.Reason.FROM_ASSISTANT);
        assertThat(summary.summary().problem()).contains("Sardegna");
        assertThat(summary.summary().tried()).as("what the assistant answered").isNotEmpty();
        assertThat(tickets.messages(id)).anySatisfy(m -> {
            assertThat(m.getVisibility()).isEqualTo(Visibility.INTERNAL);
            assertThat(m.getDeskNote()).get().extracting(HistoryReason::code)
                    .isEqualTo(HistoryReason.Notes.ASSISTANT_HANDED_OVER);
        });
    }

    @Test
    void aFirstMessageAskingForAPersonGoesStraightToOne() {
        var started = chat.start("Piero", address("piero"), "voglio parlare con una persona", "it");
        assertThat(withAPerson(started.ticketId())).isTrue();
        assertThat(assistantSaid(started.ticketId())).singleElement().asString().contains("collega");
    }

    @Test
    void aThankYouResolvesTheTicketAsSelfServiceAndTheSurveyFollows() {
        var started = chat.start("Lia", address("lia"), "Quali metodi di pagamento accettate?", "it");
        assertThat(assistantSaid(started.ticketId())).singleElement().asString().contains("/help/articles/payment-methods");
        chat.write(started.sessionId(), "ok grazie mille, perfetto!");
        Ticket t = tickets.get(started.ticketId());
        assertThat(t.getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(t.getResolutionCode()).isEqualTo(ResolutionCode.SELF_SERVICE);
        assertThat(assistantSaid(t.getId())).hasSize(2);
        // the reports count it among the conversations the assistant resolved without a person
        var today = clock.instant().atZone(ROME).toLocalDate();
        var figures = reports.assistant(new io.sportello.analytics.ReportFilter(today, today, Channel.CHAT, null, null,
                null, null));
        assertThat(figures.held()).isGreaterThanOrEqualTo(1);
        assertThat(figures.resolvedByAssistant()).isGreaterThanOrEqualTo(1);
        assertThat(figures.deflectionRate()).isPositive();
    }

    @Test
    void anEmailTheAssistantCannotAnswerGoesToAPersonWithoutAnAutomaticReply() {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, address("zeta"), "Zeta", "Collaborazione",
                "Buongiorno, siamo un'agenzia e vorremmo proporvi una collaborazione per i vostri social.", null, null,
                "it", null, null), Actor.system()).ticket();
        assertThat(withAPerson(t.getId())).isTrue();
        assertThat(assistantSaid(t.getId())).isEmpty();
        assertThat(tickets.messages(t.getId()).stream().filter(m -> m.getDirection() == Direction.OUTBOUND
                && m.getVisibility() == Visibility.PUBLIC)).isEmpty();
    }

    @Test
    void aSecondTurnThatIsNotUnderstoodIsAskedAgainThenAPersonTakesOver() {
        var started = chat.start("Ugo", address("ugo"), "Quanto costa la spedizione espressa?", "it");
        chat.write(started.sessionId(), "e il gatto del vicino?");
        List<String> said = assistantSaid(started.ticketId());
        assertThat(said).hasSize(2);
        assertThat(said.get(1)).contains("altre parole");
        chat.write(started.sessionId(), "boh xyz qwerty");
        assertThat(withAPerson(started.ticketId())).isTrue();
    }

    @Test
    void anAnswerThatDidNotHelpGoesToAPerson() {
        var started = chat.start("Eva", address("eva"), "Come funziona il cambio taglia?", "it");
        chat.write(started.sessionId(), "no, non mi è stato utile");
        assertThat(withAPerson(started.ticketId())).isTrue();
    }

    @Test
    void anUpsetCustomerIsNotAnsweredByTheAssistant() {
        var started = chat.start("Ira", address("ira"),
                "Siete dei truffatori, è una vergogna, il reso non è mai stato rimborsato e nessuno mi risponde!", "it");
        assertThat(withAPerson(started.ticketId())).isTrue();
        assertThat(assistantSaid(started.ticketId())).noneMatch(s -> s.contains("/help/articles/"));
    }

    @Test
    void everyTurnIsInTheTicketsHistory() {
        var started = chat.start("Teo", address("teo"), "Quanto tempo ho per fare un reso?", "it");
        chat.write(started.sessionId(), "grazie!");
        assertThat(tickets.history(started.ticketId()).stream().filter(e -> e.getReason() != null
                && e.getReason().code().startsWith("ASSISTANT_")).map(e -> e.getReason().code()))
                .containsSubsequence(HistoryReason.ASSISTANT_READ, HistoryReason.ASSISTANT_ANSWERED,
                        HistoryReason.ASSISTANT_READ, HistoryReason.ASSISTANT_CLOSED);
    }

    @Test
    void theTimeSpentWithTheAssistantDoesNotUseUpThePersonsFirstResponseTarget() {
        var started = chat.start("Ivo", address("ivo"), "Quanto costa la spedizione in Sardegna?", "it");
        Long id = started.ticketId();
        var withTheAssistant = sla.find(id).orElseThrow();
        assertThat(withTheAssistant.getState()).as("nobody is expected to answer yet")
                .isEqualTo(io.sportello.sla.SlaState.PAUSED);
        java.time.Instant dueBefore = withTheAssistant.getFirstResponseDue();

        clock.pin(MONDAY_9.plus(Duration.ofMinutes(90))); // a long conversation with the assistant
        chat.write(started.sessionId(), "voglio parlare con una persona");
        assertThat(withAPerson(id)).isTrue();

        var handedOver = sla.find(id).orElseThrow();
        assertThat(handedOver.getState()).isEqualTo(io.sportello.sla.SlaState.RUNNING);
        assertThat(handedOver.isFirstResponseBreached()).isFalse();
        assertThat(handedOver.getFirstResponseDue()).isEqualTo(dueBefore.plus(Duration.ofMinutes(90)));
        var tierHandling = runtime.createProcessInstanceQuery().processDefinitionKey("tier-escalation")
                .processInstanceBusinessKey(tickets.get(id).getNumber()).singleResult();
        var timer = management.createJobQuery().processInstanceId(tierHandling.getId())
                .activityId("Timer_FirstResponseOverdue").singleResult();
        assertThat(timer.getDuedate().toInstant()).as("the person's first-response timer")
                .isEqualTo(handedOver.getFirstResponseDue());
    }

    @Test
    void aCorrectionAfterTheHandoverKeepsTheTimeSpentWithTheAssistantOutOfTheFirstResponse() {
        var started = chat.start("Ada", address("ada"), "Quanto costa la spedizione in Sardegna?", "it");
        clock.pin(MONDAY_9.plus(Duration.ofMinutes(90)));
        chat.write(started.sessionId(), "voglio parlare con una persona");
        desk.changePriority(started.ticketNumber(), io.sportello.ticket.Priority.HIGH, users.get("elena"));
        var clockNow = sla.find(started.ticketId()).orElseThrow();
        assertThat(clockNow.isFirstResponseBreached()).as("not missed at once").isFalse();
        assertThat(clockNow.getFirstResponseDue()).isAfter(clock.instant());
    }

    @Test
    void aConversationTheAssistantResolvesEndsItsPauseAndTheResolvedOneBegins() {
        var started = chat.start("Eva", address("eva"), "Quanto tempo ho per fare un reso?", "it");
        clock.pin(MONDAY_9.plus(Duration.ofMinutes(5)));
        chat.write(started.sessionId(), "grazie, perfetto");
        assertThat(tickets.get(started.ticketId()).getResolutionCode()).isEqualTo(ResolutionCode.SELF_SERVICE);
        assertThat(sla.segments(started.ticketId())).extracting(io.sportello.sla.SlaSegment::getReason)
                .containsExactly("started", io.sportello.sla.SlaSegment.WITH_THE_ASSISTANT, "resolved");
    }
}
