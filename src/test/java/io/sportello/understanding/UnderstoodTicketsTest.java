package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.customer.CustomerService;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Direction;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Tier;
import io.sportello.ticket.Visibility;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.WorkKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the "done when" asks, through the whole desk: messages without a category are read before triage —
 * "where is my order?" on e-mail, chat and WhatsApp in Italian and English gets its order, ORDER_STATUS, L1, the
 * policy's target and the automatic answer; an angry payment complaint jumps the queue; an uncertain one waits for an
 * agent's check; an agent's correction triages again and shows up in the next model version's evaluation.
 */
class UnderstoodTicketsTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;
    @Autowired
    CommerceService commerce;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    WorkItems workItems;
    @Autowired
    TicketReader reader;
    @Autowired
    UnderstandingModels models;
    @Autowired
    MessageUnderstanding understanding;

    private record Customer(String handle, String order) {
    }

    /** A customer of the shop with one parcel on its way. */
    private Customer customerWithAParcel(Channel channel, String language) {
        String handle = channel == Channel.EMAIL ? "wismo." + UUID.randomUUID() + "@example.it"
                : channel == Channel.WHATSAPP ? "+39347" + (1000000 + (int) (Math.random() * 8999999))
                : "chat-" + UUID.randomUUID();
        var customer = customers.resolve(channel, handle, "Sofia Esposito", language);
        String number = "ORD-2026-" + (100000 + (int) (Math.random() * 899999));
        var order = commerce.recordOrder(number, customer.getId(), clock.instant().minus(Duration.ofDays(3)),
                OrderStatus.PAID, new BigDecimal("59.90"));
        commerce.recordShipment(order.getId(), "BRT", "BRT" + (10000000 + (int) (Math.random() * 89999999)),
                ShipmentStatus.IN_TRANSIT, clock.instant().minus(Duration.ofDays(2)), LocalDate.of(2026, 11, 25), null);
        return new Customer(handle, number);
    }

    private Ticket open(Channel channel, Customer c, String text) {
        return desk.open(new OpenTicket(channel, c.handle(), "Sofia Esposito", text.length() > 60
                ? text.substring(0, 60) : text, text, null, null, null, null, null), Actor.system()).ticket();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "EMAIL    | it | Buongiorno, dov'è il mio ordine? L'ho fatto tre giorni fa e non so ancora niente.",
            "CHAT     | it | ciao dove si trova il mio pacco?? nn e ancora arrivato",
            "WHATSAPP | it | Salve, quando arriva il mio ordine?",
            "EMAIL    | en | Hi, where is my order? I placed it three days ago and haven't heard anything.",
            "CHAT     | en | where is my parcel, it still hasnt arrived",
            "WHATSAPP | en | Hello, when will my order arrive?"})
    void whereIsMyOrderIsAnsweredAutomaticallyOnEveryChannel(Channel channel, String language, String text) {
        Customer c = customerWithAParcel(channel, language);
        Ticket ticket = open(channel, c, text);
        jobs.advanceTo(clock.instant());

        Ticket read = tickets.get(ticket.getId());
        assertThat(read.getCategory()).isEqualTo(Category.ORDER_STATUS);
        assertThat(read.getOrderNumber()).as("the customer's only open order").isEqualTo(c.order());
        assertThat(read.getLanguage()).isEqualTo(language);
        assertThat(read.getTier()).isEqualTo(Tier.L1);
        assertThat(read.getFirstResponseDue()).isNotNull();
        assertThat(reader.reading(ticket.getId())).get().satisfies(r -> {
            assertThat(r.orderRule()).isEqualTo(OrderMatch.Rule.ONLY_OPEN_ORDER);
            assertThat(r.modelVersion()).startsWith("v");
        });
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(TicketEventType.UNDERSTOOD);
            assertThat(e.getReason().code()).isEqualTo(HistoryReason.READ_BY_MODEL);
        });
        if (channel == Channel.CHAT) {
            // a chat visitor only typed an address: the assistant asks for the order number before saying anything
            assertThat(tickets.messages(ticket.getId())).as("no order details before the number")
                    .noneMatch(m -> m.getDirection() == Direction.OUTBOUND && m.getBodyText() != null
                            && m.getBodyText().contains(c.order()));
            desk.customerReply(ticket.getNumber(), Channel.CHAT, c.order(), Actor.customer(ticket.getCustomerId(),
                    "Sofia Esposito"));
        }
        assertThat(tickets.messages(ticket.getId())).as("the automatic order-status answer")
                .anySatisfy(m -> {
                    assertThat(m.getDirection()).isEqualTo(Direction.OUTBOUND);
                    assertThat(m.getVisibility()).isEqualTo(Visibility.PUBLIC);
                    assertThat(m.getBodyText()).contains(c.order());
                });
    }

    @Test
    void writingAgainAboutTheSameOrderIsUrgentAndAPersonFollowsTheAutomaticAnswer() {
        Customer c = customerWithAParcel(Channel.EMAIL, "it");
        Ticket first = open(Channel.EMAIL, c, "Buongiorno, quando arriva il mio ordine?");
        jobs.advanceTo(clock.instant());
        clock.pin(clock.instant().plus(Duration.ofDays(2)));
        Ticket again = open(Channel.EMAIL, c, "Buongiorno, quando arriva il mio ordine? Vi avevo già scritto.");
        jobs.advanceTo(clock.instant());
        assertThat(reader.reading(again.getId())).get().satisfies(r -> {
            assertThat(r.repeatOf()).isEqualTo(first.getNumber());
            assertThat(r.urgency()).isEqualTo("HIGH");
        });
        Ticket t = tickets.get(again.getId());
        assertThat(t.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(tickets.messages(again.getId())).as("the status at once")
                .anySatisfy(m -> assertThat(m.getBodyText()).contains(c.order()));
        assertThat(workItems.ofTicket(again.getId())).as("and a person follows up")
                .anySatisfy(w -> assertThat(w.kind()).isEqualTo(WorkKind.HANDLE_TICKET));
    }

    @Test
    void anOrderNumberOfSomeoneElseTypedInTheFormIsNotTalkedAbout() {
        Customer mine = customerWithAParcel(Channel.EMAIL, "it");
        Customer someoneElse = customerWithAParcel(Channel.EMAIL, "it");
        Ticket ticket = desk.open(new OpenTicket(Channel.WEB_FORM, mine.handle(), "Sofia Esposito", "Stato ordine",
                "Buongiorno, quando arriva questo ordine?", Category.ORDER_STATUS, someoneElse.order(), "it", null, null),
                Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        assertThat(reader.reading(ticket.getId())).get().satisfies(r -> assertThat(r.orderKnown()).isFalse());
        assertThat(tickets.messages(ticket.getId())).noneSatisfy(m -> assertThat(m.getBodyText())
                .contains(someoneElse.order()));
        assertThat(tickets.messages(ticket.getId())).as("the assistant says it cannot find it and asks again")
                .anySatisfy(m -> assertThat(m.getBodyText()).contains("Non trovo questo ordine"));
        desk.customerReply(ticket.getNumber(), Channel.WEB_FORM, "È proprio " + someoneElse.order(),
                Actor.customer(ticket.getCustomerId(), "Sofia Esposito"));
        assertThat(tickets.messages(ticket.getId())).noneSatisfy(m -> assertThat(m.getBodyText())
                .contains(someoneElse.order() + ":"));
        assertThat(workItems.ofTicket(ticket.getId())).as("the second miss: a person looks it up")
                .anySatisfy(w -> assertThat(w.kind()).isEqualTo(WorkKind.HANDLE_TICKET));
    }

    @Test
    void aCheckIsLearntOnceInTheLanguageThePersonSays() {
        Customer c = customerWithAParcel(Channel.EMAIL, "it");
        Ticket ticket = open(Channel.EMAIL, c, UncertainMessages.one(understanding, reader.checkBelow()));
        jobs.advanceTo(clock.instant());
        desk.checkTriage(ticket.getNumber(), Category.ACCOUNT, "en", null, users.get("luca"));
        assertThat(models.correctionsOf(ticket.getId())).singleElement().satisfies(e -> {
            assertThat(e.getCategory()).isEqualTo("ACCOUNT");
            assertThat(e.getLanguage()).isEqualTo("en");
        });
    }

    @Test
    void theAutomaticAnswerFollowsTheCustomersRegister() {
        Customer informal = customerWithAParcel(Channel.WHATSAPP, "it");
        Ticket tu = open(Channel.WHATSAPP, informal, "ciao mi dici quando arriva il mio ordine?");
        Customer formal = customerWithAParcel(Channel.EMAIL, "it");
        Ticket lei = open(Channel.EMAIL, formal, "Buongiorno, potrebbe dirmi quando arriva il mio ordine? Cordiali saluti");
        jobs.advanceTo(clock.instant());
        assertThat(tickets.messages(tu.getId())).anySatisfy(m -> assertThat(m.getBodyText()).contains("tuo ordine"));
        assertThat(tickets.messages(lei.getId())).anySatisfy(m -> assertThat(m.getBodyText()).contains("suo ordine"));
    }

    @Test
    void anAngryPaymentComplaintJumpsTheQueue() {
        Customer c = customerWithAParcel(Channel.EMAIL, "it");
        Ticket calm = open(Channel.EMAIL, customerWithAParcel(Channel.EMAIL, "it"),
                "Ho pagato con bonifico tre giorni fa ma l'ordine risulta ancora in attesa di pagamento");
        Ticket angry = open(Channel.EMAIL, c, "Mi avete addebitato due volte lo stesso ordine! È una vergogna, "
                + "rivoglio subito i miei soldi o vi denuncio.");
        jobs.advanceTo(clock.instant());

        Ticket a = tickets.get(angry.getId());
        assertThat(a.getCategory()).isEqualTo(Category.PAYMENT);
        assertThat(a.getPriority()).isEqualTo(Priority.URGENT);
        assertThat(a.getTier()).isEqualTo(Tier.L2);
        Ticket other = tickets.get(calm.getId());
        assertThat(other.getCategory()).isEqualTo(Category.PAYMENT);
        assertThat(other.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(a.getFirstResponseDue()).as("due first in the L2 queue").isBefore(other.getFirstResponseDue());
    }

    @Test
    void anUncertainReadingWaitsForAnAgentsCheckAndTriageFollowsIt() {
        Customer c = customerWithAParcel(Channel.EMAIL, "it");
        Ticket ticket = open(Channel.EMAIL, c, UncertainMessages.one(understanding, reader.checkBelow()));
        jobs.advanceTo(clock.instant());
        assertThat(reader.reading(ticket.getId())).get().satisfies(r -> assertThat(r.needsCheck()).isTrue());
        WorkItem check = workItems.ofTicket(ticket.getId()).stream().filter(w -> w.kind() == WorkKind.CHECK_TRIAGE)
                .findFirst().orElseThrow();
        assertThat(check.candidateGroup()).isEqualTo("tier1");
        assertThat(tickets.get(ticket.getId()).getFirstResponseDue()).as("no triage before the check").isNull();

        SportelloUser luca = users.get("luca");
        desk.checkTriage(ticket.getNumber(), Category.RETURN, "it", null, luca);
        jobs.advanceTo(clock.instant());
        Ticket checked = tickets.get(ticket.getId());
        assertThat(checked.getCategory()).isEqualTo(Category.RETURN);
        assertThat(checked.getSkill()).isEqualTo("returns");
        assertThat(checked.getFirstResponseDue()).isNotNull();
        assertThat(checked.getAssignee()).as("checking is not taking the ticket").isNull();
        assertThat(workItems.ofTicket(ticket.getId())).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(WorkKind.HANDLE_TICKET));
    }

    @Test
    void anAgentsCorrectionTriagesAgainAndTheNextModelVersionIsEvaluatedOnIt() {
        Customer c = customerWithAParcel(Channel.EMAIL, "it");
        Ticket ticket = open(Channel.EMAIL, c, "Il codice sconto NATALE10 non viene accettato al momento di pagare, "
                + "mi dice che non è valido.");
        jobs.advanceTo(clock.instant());
        // the supervisor, who works every tier, takes it and sees it is something else
        SportelloUser elena = users.get("elena");
        desk.claim(ticket.getNumber(), elena);
        Category before = tickets.get(ticket.getId()).getCategory();
        Category corrected = before == Category.FRAUD ? Category.PAYMENT : Category.FRAUD;

        desk.changeCategory(ticket.getNumber(), corrected, elena);
        jobs.advanceTo(clock.instant());
        Ticket after = tickets.get(ticket.getId());
        assertThat(after.getCategory()).isEqualTo(corrected);
        assertThat(after.getSkill()).as("triage ran again").isEqualTo(corrected == Category.FRAUD ? "fraud" : "payments");
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(TicketEventType.CATEGORY_CHANGED);
            assertThat(e.getActorId()).isEqualTo("elena");
        });
        assertThat(models.newCorrections()).anySatisfy(e -> {
            assertThat(e.getTicketId()).isEqualTo(ticket.getId());
            assertThat(e.getCategory()).isEqualTo(corrected.name());
            assertThat(e.getCorrectedBy()).isEqualTo("elena");
        });

        UnderstandingModel next = models.retrain(users.get("admin").actor(), UnderstandingModel.Reason.ON_DEMAND);
        assertThat(next.isActive()).isTrue();
        Evaluation evaluation = models.evaluation(next);
        assertThat(evaluation.corrections()).anySatisfy(check -> assertThat(check.expected()).isEqualTo(corrected.name()));
        assertThat(evaluation.languages().get("it").categories()).containsKey("ORDER_STATUS");
        assertThat(evaluation.languages().get("it").confusion()).isNotEmpty();

        UnderstandingModel previous = models.rollback(users.get("admin").actor());
        assertThat(previous.getId()).isLessThan(next.getId());
        assertThat(models.activeVersion()).get().extracting(UnderstandingModel::getId).isEqualTo(previous.getId());
    }
}
