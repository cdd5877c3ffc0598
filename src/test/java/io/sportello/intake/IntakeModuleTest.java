package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.ticket.Direction;
import io.sportello.ticket.TicketMessageAdded;
import io.sportello.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The intake module with what it depends on (the desk and below; no screens, no analytics): an e-mail becomes a
 * ticket's first message, and the customer is told the ticket's number.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"shared", "survey", "assist", "commerce", "customer", "security", "proactive", "knowledge", "understanding"})
@ActiveProfiles("test")
// an engine of its own name: Camunda keeps engines in a static registry by name, and the full-stack tests' engine
// REST must keep reaching theirs
@org.springframework.test.context.TestPropertySource(properties = "camunda.bpm.process-engine-name=intakemodule")
class IntakeModuleTest extends io.sportello.PinnedClockModuleTest {

    @Autowired
    EmailIntake emails;
    @Autowired
    Outbox outbox;
    @Autowired
    TicketService tickets;

    @Test
    void anEmailBecomesATicketWhoseCustomerIsToldItsNumber(Scenario scenario) {
        String from = "modulo." + UUID.randomUUID().toString().substring(0, 8) + "@esempio.it";
        String raw = MailTestSupport.mail("Marta Modulo <" + from + ">", "Pacco danneggiato", MailTestSupport.newId(), "",
                "Il pacco è arrivato con la scatola rotta.");
        scenario.stimulate(() -> emails.receive(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .andWaitForEventOfType(TicketMessageAdded.class)
                .matching(e -> e.direction() == Direction.INBOUND
                        && tickets.get(e.ticketId()).getSubject().equals("Pacco danneggiato"))
                .toArriveAndVerify(e -> {
                    assertThat(tickets.message(e.messageId()).getBodyText()).contains("scatola rotta");
                    assertThat(outbox.toRecipient(from)).singleElement().satisfies(d -> {
                        assertThat(d.getKind()).isEqualTo(OutboundDelivery.Kind.ACKNOWLEDGEMENT);
                        assertThat(d.getSubject()).contains(e.ticketNumber());
                    });
                });
    }
}
