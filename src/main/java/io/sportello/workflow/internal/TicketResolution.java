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
 * resume, reopen, and the assistant's conversation. The ticket checks the transition; nobody else makes these changes.
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

    /**
     * The assistant holds the conversation: no person is expected yet, so both targets wait (as a messaging ticket's
     * SLA in Zendesk starts at the handover). A conversation the assistant resolves keeps the clock paused.
     */
    void withTheAssistant(Long ticketId) {
        sla.pause(ticketId, io.sportello.sla.SlaSegment.WITH_THE_ASSISTANT);
    }

    /** The assistant handed over: the clock runs again with the time of the conversation added to every target. */
    SlaDeadlines handedOver(Long ticketId) {
        return sla.resume(ticketId, "handed over");
    }

    SlaDeadlines reopened(Long ticketId, Actor actor) {
        tickets.reopen(ticketId, actor);
        return sla.resume(ticketId, "reopened");
    }
}
