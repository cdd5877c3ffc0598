package io.sportello.workflow.internal;

import io.sportello.shared.Actor;
import io.sportello.sla.SlaDeadlines;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Tier;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when an SLA timer fires: warnings and breaches are recorded on the ticket, supervisors are
 * notified, and a breached resolution target escalates the ticket one tier (at L3 it stays and the
 * supervisor is notified again at each re-escalation deadline).
 */
@Component
@Transactional
class SlaEscalation {

    record Result(Tier tier, SlaDeadlines deadlines) {
    }

    private final SlaService sla;
    private final TicketService tickets;

    SlaEscalation(SlaService sla, TicketService tickets) {
        this.sla = sla;
        this.tickets = tickets;
    }

    Result breached(Long ticketId, Tier current) {
        SlaDeadlines deadlines = sla.escalationDue(ticketId);
        Tier target = current.next();
        if (target != current) {
            tickets.changeTier(ticketId, target, HistoryReason.of(HistoryReason.RESOLUTION_BREACHED), Actor.system());
            // the next tier's team may work other hours; the re-escalation deadline stays as just set
            sla.followTeam(ticketId, target.group());
            deadlines = sla.deadlines(ticketId);
        }
        tickets.note(ticketId, TicketEventType.SUPERVISOR_NOTIFIED, Actor.system(), target != current
                ? HistoryReason.of(HistoryReason.RESOLUTION_BREACHED_ESCALATED, current, target)
                : HistoryReason.of(HistoryReason.RESOLUTION_BREACHED_AT_TOP, current));
        return new Result(target, deadlines);
    }

    /** The first-response deadline passed without a reply (the model knows: the reply would have ended the wait). */
    void firstResponseBreached(Long ticketId) {
        if (sla.breachFirstResponse(ticketId)) {
            tickets.note(ticketId, TicketEventType.SUPERVISOR_NOTIFIED, Actor.system(),
                    HistoryReason.of(HistoryReason.FIRST_RESPONSE_BREACHED));
        }
    }

    /** Versions before 2: the timer fired whether or not a reply was given, so the clock is asked. */
    void firstResponseDue(Long ticketId) {
        if (sla.checkFirstResponse(ticketId)) {
            tickets.note(ticketId, TicketEventType.SUPERVISOR_NOTIFIED, Actor.system(),
                    HistoryReason.of(HistoryReason.FIRST_RESPONSE_BREACHED));
        }
    }

    void warningDue(Long ticketId) {
        if (sla.warnResolution(ticketId)) {
            tickets.note(ticketId, TicketEventType.SLA_WARNING, Actor.system(),
                    HistoryReason.of(HistoryReason.RESOLUTION_WARNING));
        }
    }
}
