package io.sportello.ticket;

import io.sportello.shared.Actor;
import io.sportello.sla.SlaBreached;
import io.sportello.sla.SlaClockChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the SLA deadlines shown on tickets in step with the SLA clocks, in the same transaction. */
@Component
class SlaListener {

    private final TicketService tickets;

    SlaListener(TicketService tickets) {
        this.tickets = tickets;
    }

    @EventListener
    void on(SlaClockChanged event) {
        tickets.updateSla(event.ticketId(), event.firstResponseDue(), event.resolutionDue(), event.paused());
    }

    @EventListener
    void on(SlaBreached event) {
        tickets.markSlaBreached(event.ticketId());
        tickets.note(event.ticketId(), TicketEventType.SLA_BREACHED, Actor.system(),
                HistoryReason.of(HistoryReason.SLA_TARGET_MISSED, HistoryReason.key("history.sla." + event.kind()),
                        event.dueAt()));
    }
}
