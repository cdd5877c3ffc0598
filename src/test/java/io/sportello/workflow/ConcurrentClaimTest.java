package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.TicketService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two agents claim the same task at the same moment: exactly one wins, the other is told who. */
class ConcurrentClaimTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    WorkItems workItems;
    @Autowired
    TicketService tickets;

    @RepeatedTest(5)
    void exactlyOneOfTwoSimultaneousClaimsWins() throws Exception {
        var ticket = desk.open(new OpenTicket(Channel.CHAT, "race@esempio.it", "Race", "Corsa", "...",
                Category.TECHNICAL, null, "it", null, null), Actor.system()).ticket();
        String taskId = workItems.ofTicket(ticket.getId()).get(0).id();
        Worker luca = new Worker("luca", "Luca", Set.of("tier2"), false);
        Worker chiara = new Worker("chiara", "Chiara", Set.of("tier2"), false);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (Worker w : List.of(luca, chiara)) {
            Callable<String> claim = () -> {
                go.await();
                try {
                    return "won:" + workItems.claim(taskId, w).assignee();
                } catch (WorkItemConflictException lost) {
                    return "lost:" + lost.claimedBy();
                }
            };
            results.add(pool.submit(claim));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        String winner = workItems.get(taskId).orElseThrow().assignee();
        assertThat(winner).isIn("luca", "chiara");
        assertThat(outcomes).containsExactlyInAnyOrder("won:" + winner, "lost:" + winner);
        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo(winner);
    }
}
