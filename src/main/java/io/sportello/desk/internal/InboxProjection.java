package io.sportello.desk.internal;

import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketTouched;
import io.sportello.workflow.WorkItemChanged;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The inbox projection: keeps {@link InboxLine}s in step with the open tasks and their tickets inside the transaction
 * that changed them — on purpose not an after-commit reaction, because the inbox must never offer a task that is gone
 * or show a ticket's old status. Tasks are followed per change, tickets once per transaction that touched them.
 */
@Component
class InboxProjection {

    private final InboxLineRepository lines;
    private final TicketService tickets;

    InboxProjection(InboxLineRepository lines, TicketService tickets) {
        this.lines = lines;
        this.tickets = tickets;
    }

    @EventListener
    void on(WorkItemChanged change) {
        if (change.ticketId() == null) {
            return; // a task of no ticket (none of the desk's models makes one) has no inbox line
        }
        if (change.gone()) {
            lines.findById(change.workItemId()).ifPresent(lines::delete);
            return;
        }
        lines.findById(change.workItemId()).ifPresentOrElse(line -> line.work(change.item()),
                () -> lines.save(new InboxLine(change.item(), tickets.get(change.ticketId()))));
    }

    @EventListener
    void on(TicketTouched touched) {
        List<InboxLine> ofTicket = lines.findByTicketId(touched.ticketId());
        if (!ofTicket.isEmpty()) {
            Ticket ticket = tickets.get(touched.ticketId());
            ofTicket.forEach(line -> line.ticket(ticket));
        }
    }
}
