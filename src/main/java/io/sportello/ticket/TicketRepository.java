package io.sportello.ticket;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    Optional<Ticket> findByNumber(String number);

    /** Open tickets nobody holds, per tier and skill: tier, skill, count, earliest creation. */
    @org.springframework.data.jpa.repository.Query("""
            select t.tier, t.skill, count(t), min(t.createdAt) from Ticket t
            where t.assignee is null and t.status in (io.sportello.ticket.TicketStatus.NEW, io.sportello.ticket.TicketStatus.OPEN)
            group by t.tier, t.skill""")
    java.util.List<Object[]> waitingPerTierAndSkill();

    Optional<Ticket> findByIdempotencyKey(String idempotencyKey);

    Optional<Ticket> findFirstByCustomerIdAndChannelAndStatusNotOrderByUpdatedAtDesc(Long customerId,
            io.sportello.shared.Channel channel, TicketStatus status);

    java.util.List<Ticket> findByCustomerIdOrderByCreatedAtDesc(Long customerId);

    java.util.List<Ticket> findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAsc(java.time.Instant from,
                                                                                                java.time.Instant to);

    java.util.List<Ticket> findByOrderNumberIgnoreCaseAndStatusInOrderByCreatedAtDesc(String orderNumber,
                                                                                  java.util.Collection<TicketStatus> statuses);
}
