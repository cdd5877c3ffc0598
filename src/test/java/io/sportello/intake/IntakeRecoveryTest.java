package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.shared.Channel;
import io.sportello.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A crash between storing a message and opening its ticket neither loses nor duplicates the ticket. */
class IntakeRecoveryTest extends SportelloSpringTest {

    @Autowired
    Intake intake;
    @Autowired
    TicketService tickets;

    private Inbound webhookMessage(String text) {
        String id = "evt-" + UUID.randomUUID();
        String body = "{\"id\":\"" + id + "\",\"from\":{\"handle\":\"@" + id + "\"},\"text\":\"" + text + "\"}";
        return new Inbound(Channel.SOCIAL, "webhook:shop-social", "webhook:shop-social:" + id, "@" + id, null, text,
                body.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void aMessageStoredBeforeACrashIsProcessedOnceByTheSweep() {
        Receipt stored = intake.store(webhookMessage("Stored just before the node died"));
        assertThat(intake.get(stored.inboundId()).getStatus()).isEqualTo(InboundStatus.RECEIVED);

        assertThat(intake.sweep()).as("too recent: the receiving node may still be working on it").isZero();
        clock.pin(clock.instant().plus(Duration.ofMinutes(3)));
        intake.sweep();
        InboundMessage processed = intake.get(stored.inboundId());
        assertThat(processed.getStatus()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(tickets.getByNumber(processed.getTicketNumber()).getSubject()).isEqualTo("Stored just before the node died");

        intake.sweep();
        assertThat(intake.retry(stored.inboundId()).ticketNumber()).isEqualTo(processed.getTicketNumber());
        assertThat(tickets.ofCustomer(tickets.getByNumber(processed.getTicketNumber()).getCustomerId())).hasSize(1);
    }

    @Test
    void twoNodesProcessingTheSameStoredMessageAtOnceOpenOneTicket() throws Exception {
        Receipt stored = intake.store(webhookMessage("Picked up by two nodes"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Receipt> task = () -> {
                start.await();
                return intake.process(stored.inboundId());
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<Receipt> r : results) {
            numbers.add(r.get().ticketNumber());
        }
        pool.shutdown();

        assertThat(numbers).doesNotContainNull().containsOnly(numbers.get(0));
        assertThat(intake.get(stored.inboundId()).getStatus()).isEqualTo(InboundStatus.PROCESSED);
        Long customer = tickets.getByNumber(numbers.get(0)).getCustomerId();
        assertThat(tickets.ofCustomer(customer)).hasSize(1);
    }
}
