package io.sportello.ticket;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    Optional<Ticket> findByNumber(String number);

    Optional<Ticket> findByIdempotencyKey(String idempotencyKey);

    Optional<Ticket> findFirstByCustomerIdAndChannelAndStatusNotOrderByUpdatedAtDesc(Long customerId,
            io.sportello.shared.Channel channel, TicketStatus status);

    java.util.List<Ticket> findByCustomerIdOrderByCreatedAtDesc(Long customerId);

    java.util.List<Ticket> findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAsc(java.time.Instant from,
                                                                                                java.time.Instant to);

    java.util.List<Ticket> findByOrderNumberIgnoreCaseAndStatusInOrderByCreatedAtDesc(String orderNumber,
                                                                                  java.util.Collection<TicketStatus> statuses);
}
