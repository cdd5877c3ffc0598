package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.customer.CustomerService;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ProcessJobs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary the next agent reads when a ticket is escalated: taken from the thread, marked generated, editable. */
class HandoverSummaryTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    CustomerService customers;
    @Autowired
    CommerceService commerce;
    @Autowired
    HandoverSummaries handovers;
    @Autowired
    ProcessJobs jobs;

    @Test
    void anEscalatedTicketCarriesTheProblemTheOrderWhatWasDoneAndWhatWasPromised() {
        String email = "handover." + UUID.randomUUID() + "@example.it";
        var customer = customers.resolve(Channel.EMAIL, email, "Giorgio Neri", "it");
        String number = "ORD-2026-" + (100000 + (int) (Math.random() * 899999));
        var order = commerce.recordOrder(number, customer.getId(), clock.instant().minus(Duration.ofDays(6)),
                OrderStatus.PAID, new BigDecimal("129.00"));
        commerce.recordShipment(order.getId(), "GLS", "GLS6641128", ShipmentStatus.IN_TRANSIT,
                clock.instant().minus(Duration.ofDays(5)), LocalDate.of(2026, 11, 20), null);
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, email, "Giorgio Neri", "Ordine " + number,
                "Buongiorno. Ho ordinato una macchina del caffè con l'ordine " + number + " sei giorni fa. "
                        + "Il tracking GLS è fermo a Bologna da cinque giorni e nessuno mi risponde. Grazie.",
                Category.ORDER_STATUS, number, "it", null, null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        var luca = users.get("luca");
        desk.customerReply(ticket.getNumber(), Channel.EMAIL, "Vorrei sapere se arriva entro venerdì.",
                Actor.customer(ticket.getCustomerId(), "Giorgio Neri"));
        jobs.advanceTo(clock.instant());
        desk.claim(ticket.getNumber(), luca);
        desk.agentReply(ticket.getNumber(), "Gentile Giorgio, ho contattato il corriere GLS per una verifica. "
                + "Le scriveremo appena abbiamo notizie.", luca);
        desk.internalNote(ticket.getNumber(), "Ho aperto la pratica GLS 88213. Se non si sblocca va rispedito.", luca);
        desk.escalate(ticket.getNumber(), Tier.L2, "Pacco fermo: serve la rispedizione", luca);

        HandoverSummary h = handovers.latest(ticket.getId()).orElseThrow();
        assertThat(h.getReason()).isEqualTo(HandoverSummary.Reason.ESCALATED);
        HandoverSummary.Summary s = h.summary();
        assertThat(s.problem()).contains("tracking GLS è fermo a Bologna");
        assertThat(s.order()).contains(number).contains("GLS6641128");
        assertThat(s.tried()).anySatisfy(t -> assertThat(t).contains("ho contattato il corriere GLS"))
                .anySatisfy(t -> assertThat(t).contains("Ho aperto la pratica GLS 88213"));
        assertThat(s.promised()).anySatisfy(p -> assertThat(p).contains("Le scriveremo appena"));
        assertThat(s.lastCustomer()).contains("entro venerdì");
        assertThat(h.getEditedText()).isEmpty();

        var sara = users.get("sara");
        desk.editHandover(ticket.getNumber(), h.getId(), "Pacco GLS fermo a Bologna: chiedere rispedizione.", sara);
        HandoverSummary edited = handovers.latest(ticket.getId()).orElseThrow();
        assertThat(edited.getEditedText()).contains("Pacco GLS fermo a Bologna: chiedere rispedizione.");
        assertThat(edited.getEditedBy()).isEqualTo("sara");
        assertThatThrownBy(() -> desk.editHandover(ticket.getNumber(), h.getId(), "  ", sara))
                .isInstanceOf(FieldException.class);
    }
}
