package io.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.Worker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox reads the desk's own read model: what an agent sees of a ticket follows each change of the ticket and of
 * its task at once — queue, claim, status, tier, priority — and a task that is done leaves the inbox.
 */
class InboxTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    Inbox inbox;
    @Autowired
    ProcessJobs jobs;

    private Ticket open(String subject, String order) {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, "inbox." + UUID.randomUUID() + "@esempio.it", "Marta Neri",
                subject, "Il corriere ha lasciato il pacco aperto davanti al cancello", Category.SHIPPING, order, "it", null,
                null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        return t;
    }

    private Optional<InboxEntry> line(String user, WorkItemScope scope, String number) {
        return inbox.page(worker(user), scope, InboxFilter.none(), 0, 500).stream()
                .filter(e -> e.number().equals(number)).findFirst();
    }

    private Worker worker(String user) {
        return TicketDesk.worker(users.get(user));
    }

    @Test
    void aLineFollowsItsTicketAndItsTask() {
        Ticket t = open("Pacco fermo a Bologna", null);
        InboxEntry queued = line("luca", WorkItemScope.MY_GROUPS, t.getNumber()).orElseThrow();
        assertThat(queued.subject()).isEqualTo("Pacco fermo a Bologna");
        assertThat(queued.customer()).isEqualTo("Marta Neri");
        assertThat(queued.tier()).isEqualTo(Tier.L1);
        assertThat(queued.item().assignee()).isNull();
        assertThat(queued.sla()).as("the ticket's SLA clock comes along").isNotNull();

        desk.claim(t.getNumber(), users.get("luca"));
        assertThat(line("luca", WorkItemScope.MY_GROUPS, t.getNumber())).as("claimed: out of the team queue").isEmpty();
        assertThat(line("luca", WorkItemScope.MINE, t.getNumber())).get()
                .satisfies(e -> assertThat(e.item().assignee()).isEqualTo("luca"));

        desk.changePriority(t.getNumber(), Priority.HIGH, users.get("luca"));
        desk.agentReply(t.getNumber(), "Buongiorno, verifichiamo con il corriere.", users.get("luca"));
        assertThat(line("luca", WorkItemScope.MINE, t.getNumber())).get().satisfies(e -> {
            assertThat(e.priority()).isEqualTo(Priority.HIGH);
            assertThat(e.status()).isEqualTo(TicketStatus.OPEN);
        });

        desk.escalate(t.getNumber(), Tier.L2, "Rimborso da verificare", users.get("luca"));
        jobs.advanceTo(clock.instant());
        assertThat(line("luca", WorkItemScope.MINE, t.getNumber())).as("escalated: no longer luca's").isEmpty();
        assertThat(line("sara", WorkItemScope.MY_GROUPS, t.getNumber())).get()
                .satisfies(e -> assertThat(e.tier()).isEqualTo(Tier.L2));

        desk.resolve(t.getNumber(), ResolutionCode.ANSWERED, "Rimborso disposto", users.get("sara"));
        jobs.advanceTo(clock.instant());
        assertThat(line("elena", WorkItemScope.ALL, t.getNumber())).as("resolved: nothing left to work").isEmpty();
    }

    @Test
    void filtersAndSearchWorkOnTheTicketsFields() {
        String order = "ORD-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Ticket t = open("Dov'è il mio ordine?", order);
        Worker luca = worker("luca");

        InboxFilter byOrder = new InboxFilter(null, null, null, null, null, order.toLowerCase());
        assertThat(inbox.page(luca, WorkItemScope.MY_GROUPS, byOrder, 0, 50)).extracting(InboxEntry::number)
                .containsExactly(t.getNumber());
        assertThat(inbox.count(luca, WorkItemScope.MY_GROUPS, byOrder)).isEqualTo(1);

        InboxFilter otherChannel = new InboxFilter(Set.of(Channel.PHONE), null, null, null, null, order);
        assertThat(inbox.page(luca, WorkItemScope.MY_GROUPS, otherChannel, 0, 50)).isEmpty();
        InboxFilter newOnes = new InboxFilter(Set.of(Channel.EMAIL), null, Set.of(Category.SHIPPING), Set.of(Tier.L1),
                Set.of(TicketStatus.NEW), order);
        assertThat(inbox.page(luca, WorkItemScope.MY_GROUPS, newOnes, 0, 50)).hasSize(1);
    }

    @Test
    void everythingOpenIsForSupervisorsOnly() {
        Ticket t = open("Reso non accreditato", null);
        assertThat(line("elena", WorkItemScope.ALL, t.getNumber())).isPresent();
        List<InboxEntry> asAgent = inbox.page(worker("luca"), WorkItemScope.ALL, InboxFilter.none(), 0, 50);
        assertThat(asAgent).isEmpty();
        assertThat(inbox.count(worker("luca"), WorkItemScope.ALL, InboxFilter.none())).isZero();
    }
}
