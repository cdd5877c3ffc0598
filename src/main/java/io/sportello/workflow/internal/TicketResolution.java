package io.sportello.workflow.internal;

import io.sportello.shared.Actor;
import io.sportello.sla.SlaDeadlines;
import io.sportello.sla.SlaService;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.TicketService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model steps that change a ticket's status, each together with its SLA clock: resolve, wait for the customer,
 * resume, reopen. The ticket checks the transition; nobody else makes these changes.
 */
@Component
@Transactional
class TicketResolution {

    private final TicketService tickets;
    private final SlaService sla;

    TicketResolution(TicketService tickets, SlaService sla) {
        this.tickets = tickets;
        this.sla = sla;
    }

    void resolve(Long ticketId, ResolutionCode code, String summary, Actor actor) {
        tickets.resolve(ticketId, code, summary, actor);
        sla.pause(ticketId, "resolved");
    }

    void markPending(Long ticketId, Actor actor) {
        tickets.markPending(ticketId, actor);
        sla.pause(ticketId, "waiting for customer");
    }

    SlaDeadlines resume(Long ticketId, Actor actor) {
        tickets.resume(ticketId, actor);
        return sla.resume(ticketId, "customer replied");
    }

    SlaDeadlines reopened(Long ticketId, Actor actor) {
        tickets.reopen(ticketId, actor);
        return sla.resume(ticketId, "reopened");
    }
}
