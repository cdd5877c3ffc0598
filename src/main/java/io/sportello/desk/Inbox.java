package io.sportello.desk;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.desk.internal.InboxLine;
import io.sportello.desk.internal.InboxQueries;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaService;
import io.sportello.sla.SlaState;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.Worker;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent inbox as one read: a page of open tasks with their tickets from the desk's own read model, the customers'
 * names and the SLA clocks — three queries per page, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private final InboxQueries queries;
    private final CustomerService customers;
    private final SlaService sla;

    Inbox(InboxQueries queries, CustomerService customers, SlaService sla) {
        this.queries = queries;
        this.customers = customers;
        this.sla = sla;
    }

    public List<InboxEntry> page(Worker worker, WorkItemScope scope, InboxFilter filter, int offset, int limit) {
        List<InboxLine> lines = queries.page(worker, scope, filter, offset, limit);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = customers.getAll(lines.stream().map(InboxLine::getCustomerId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(Customer::getId, Customer::getDisplayName));
        Map<Long, SlaClock> clocks = sla.findAll(lines.stream().map(InboxLine::getTicketId).distinct().toList());
        return lines.stream().map(l -> {
            SlaClock clock = clocks.get(l.getTicketId());
            return new InboxEntry(l.workItem(), l.getTicketId(), l.getTicketNumber(), l.getSubject(), l.getChannel(),
                    l.getCategory(), l.getPriority(), l.getTier(), l.getStatus(), l.getTicketCreatedAt(),
                    l.getCustomerId() == null ? "" : names.getOrDefault(l.getCustomerId(), ""), clock,
                    clock != null && clock.getState() == SlaState.PAUSED);
        }).toList();
    }

    public long count(Worker worker, WorkItemScope scope, InboxFilter filter) {
        return queries.count(worker, scope, filter);
    }
}
