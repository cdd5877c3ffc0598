package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.customer.CustomerValue;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.NewTicket;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Sentiment;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketChanged;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workflow module with what it depends on (no desk, no screens, no analytics): the models decide, the ticket
 * records, and the module announces the work it offers.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "survey", "assist", "commerce", "customer", "understanding", "proactive", "knowledge"})
@ActiveProfiles("test")
// an engine of its own name: Camunda keeps engines in a static registry by name, and the full-stack tests' engine
// REST must keep reaching theirs
@org.springframework.test.context.TestPropertySource(properties = "camunda.bpm.process-engine-name=workflowmodule")
class WorkflowModuleTest extends io.sportello.PinnedClockModuleTest {

    @Autowired
    TicketService tickets;
    @Autowired
    TicketProcesses processes;
    @Autowired
    WorkItems workItems;

    private Ticket ticket(Category category) {
        Long customer = customer("Modulo Workflow");
        return tickets.open(new NewTicket(customer, Channel.EMAIL, "Addebito doppio", category, "it", null,
                Sentiment.NEUTRAL, "Mi avete addebitato due volte", null, "<" + UUID.randomUUID() + "@example.it>",
                List.of(), null), Actor.customer(customer, "Modulo Workflow")).ticket();
    }

    @Test
    void aNewTicketIsTriagedAndItsHandlingTaskOfferedToItsTiersGroup(Scenario scenario) {
        Ticket ticket = ticket(Category.PAYMENT);
        scenario.stimulate(() -> processes.start(ticket, CustomerValue.STANDARD, false))
                .andWaitForEventOfType(WorkItemChanged.class)
                .matching(e -> ticket.getId().equals(e.ticketId()) && e.change() == WorkItemChanged.Change.CREATED)
                .toArriveAndVerify(e -> {
                    assertThat(e.candidateGroup()).isEqualTo(Tier.L2.group());
                    assertThat(tickets.get(ticket.getId()).getTier()).isEqualTo(Tier.L2);
                    assertThat(workItems.ofTicket(ticket.getId())).singleElement()
                            .satisfies(w -> assertThat(w.kind()).isEqualTo(WorkKind.HANDLE_TICKET));
                });
    }

    @Test
    void completingTheHandlingTaskWithResolveIsTheModelsResolveStep(Scenario scenario) {
        Ticket ticket = ticket(Category.PAYMENT);
        processes.start(ticket, CustomerValue.STANDARD, false);
        WorkItem task = workItems.ofTicket(ticket.getId()).get(0);
        Worker sara = new Worker("sara", "Sara Ricci", Set.of(Tier.L2.group()), false);
        scenario.stimulate(() -> workItems.complete(task.id(), sara,
                        Completion.resolve(ResolutionCode.REFUNDED, "Rimborsato il secondo addebito")))
                .andWaitForEventOfType(TicketChanged.class)
                .matching(e -> e.ticketId().equals(ticket.getId()) && e.type() == TicketEventType.RESOLVED)
                .toArriveAndVerify(e -> {
                    Ticket resolved = tickets.get(ticket.getId());
                    assertThat(resolved.getStatus()).isEqualTo(TicketStatus.RESOLVED);
                    assertThat(resolved.getResolutionCode()).isEqualTo(ResolutionCode.REFUNDED);
                    assertThat(tickets.history(ticket.getId())).filteredOn(h -> h.getType() == TicketEventType.RESOLVED)
                            .singleElement().satisfies(h -> assertThat(h.getActorName()).isEqualTo("Sara Ricci"));
                    assertThat(workItems.ofTicket(ticket.getId())).isEmpty();
                });
    }
}
