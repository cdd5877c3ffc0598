package io.sportello.workflow.internal;

import io.sportello.shared.Actor;
import io.sportello.sla.SlaDeadlines;
import io.sportello.sla.SlaService;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolving and reopening touch both the ticket and its SLA clock; this keeps them together. */
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
        if (tickets.get(ticketId).isOpen()) {
            tickets.resolve(ticketId, code, summary, actor);
        }
        sla.pause(ticketId, "resolved");
    }

    SlaDeadlines reopened(Long ticketId, Actor actor) {
        if (tickets.get(ticketId).getStatus() == TicketStatus.RESOLVED) {
            tickets.reopen(ticketId, actor);
        }
        return sla.resume(ticketId, "reopened");
    }
}
