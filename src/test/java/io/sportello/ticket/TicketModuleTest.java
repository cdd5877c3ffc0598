package io.sportello.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ticket module on its own (with the shared value types): what it records and announces when a ticket changes,
 * as the other modules see it — through its events.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
// an engine of its own name: Camunda keeps engines in a static registry by name, and the full-stack tests' engine
// REST must keep reaching theirs
@org.springframework.test.context.TestPropertySource(properties = "camunda.bpm.process-engine-name=ticketmodule")
class TicketModuleTest extends io.sportello.PinnedClockModuleTest {

    @Autowired
    TicketService tickets;

    private Ticket open() {
        Long customer = customer("Modulo Ticket");
        return tickets.open(new NewTicket(customer, Channel.EMAIL, "Reso", Category.RETURN, "it", null,
                Sentiment.NEUTRAL, "Come faccio il reso?", null, "<" + UUID.randomUUID() + "@example.it>", java.util.List.of(),
                null), Actor.customer(customer, "Modulo Ticket")).ticket();
    }

    @Test
    void aResolvedTicketIsRecordedAndAnnouncedWithItsTier(Scenario scenario) {
        Ticket ticket = open();
        Actor luca = Actor.user("luca", "Luca Bianchi");
        scenario.stimulate(() -> tickets.resolve(ticket.getId(), ResolutionCode.ANSWERED, "Istruzioni inviate", luca))
                .andWaitForEventOfType(TicketChanged.class)
                .matching(e -> e.ticketId().equals(ticket.getId()) && e.type() == TicketEventType.RESOLVED)
                .toArriveAndVerify(e -> {
                    assertThat(e.tier()).isEqualTo(Tier.L1);
                    assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
                    assertThat(tickets.history(ticket.getId())).extracting(TicketEvent::getType)
                            .contains(TicketEventType.STATUS_CHANGED, TicketEventType.RESOLVED);
                });
    }

    @Test
    void theFirstPublicReplyIsAnnouncedAsAMessageForTheCustomer(Scenario scenario) {
        Ticket ticket = open();
        scenario.stimulate(() -> tickets.addMessage(ticket.getId(), NewMessage.publicReply("Ecco l'etichetta."),
                        Actor.user("luca", "Luca Bianchi")))
                .andWaitForEventOfType(TicketMessageAdded.class)
                .matching(e -> e.ticketId().equals(ticket.getId()) && e.isPublicAgentReply())
                .toArriveAndVerify(e -> {
                    assertThat(e.channel()).isEqualTo(Channel.EMAIL);
                    assertThat(tickets.get(ticket.getId()).getFirstResponseAt())
                            .isCloseTo(e.createdAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
                });
    }
}
