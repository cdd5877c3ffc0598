package io.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The same message delivered twice at the same moment (a retried webhook) opens one ticket. */
class ConcurrentIdempotencyTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;

    @RepeatedTest(3)
    void sameKeyAtTheSameMomentGivesOneTicket() throws Exception {
        String key = UUID.randomUUID().toString();
        String subject = "Doppio invio " + key.substring(0, 8);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(pool.submit(() -> {
                go.await();
                return desk.open(new OpenTicket(Channel.WHATSAPP, "+39 333 " + key.hashCode(), "Cliente", subject, "ciao",
                        Category.OTHER, null, "it", null, key), Actor.system()).ticket().getId();
            }));
        }
        go.countDown();
        Long first = ids.get(0).get(30, TimeUnit.SECONDS);
        Long second = ids.get(1).get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(first).isEqualTo(second);
        assertThat(tickets.search(new TicketFilter(null, null, null, null, null, null, null, subject, null, null),
                Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoFirstMessagesOfANewCustomerAtTheSameMomentOpenTwoTicketsForOneCustomer() throws Exception {
        String handle = "nuovo-" + UUID.randomUUID() + "@esempio.it";
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> customerIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            customerIds.add(pool.submit(() -> {
                go.await();
                return desk.open(new OpenTicket(Channel.CHAT, handle, "Nuovo", "Domanda " + n, "ciao", Category.PRODUCT,
                        null, "it", null, null), Actor.system()).ticket().getCustomerId();
            }));
        }
        go.countDown();
        Long first = customerIds.get(0).get(30, TimeUnit.SECONDS);
        Long second = customerIds.get(1).get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(first).isNotNull().isEqualTo(second);
    }
}
