package io.sportello.workflow.internal;

import io.sportello.ticket.Ticket;
import io.sportello.workflow.InboxFilter;
import io.sportello.workflow.InboxRow;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JpaWorkItemQueries implements WorkItems.WorkItemQueries {

    private final WorkItemRepository repository;
    private final EntityManager entityManager;

    JpaWorkItemQueries(WorkItemRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    public List<WorkItem> list(Worker worker, WorkItemScope scope, int offset, int limit) {
        Pageable page = new OffsetPage(offset, limit);
        List<WorkItemRecord> rows = switch (scope) {
            case MINE -> repository.assignedTo(worker.username(), page);
            case MY_GROUPS -> worker.groups().isEmpty() ? List.of() : repository.unassignedIn(worker.groups(), page);
            case ALL -> repository.everything(page);
        };
        return rows.stream().map(WorkItemRecord::toWorkItem).toList();
    }

    @Override
    public long count(Worker worker, WorkItemScope scope) {
        return switch (scope) {
            case MINE -> repository.countByAssignee(worker.username());
            case MY_GROUPS -> worker.groups().isEmpty() ? 0 : repository.countByCandidateGroupInAndAssigneeIsNull(worker.groups());
            case ALL -> repository.count();
        };
    }

    @Override
    public Optional<WorkItem> byId(String id) {
        return repository.findById(id).map(WorkItemRecord::toWorkItem);
    }

    @Override
    public List<WorkItem> ofTicket(Long ticketId) {
        return repository.findByTicketId(ticketId).stream().map(WorkItemRecord::toWorkItem).toList();
    }

    @Override
    public List<InboxRow> inbox(Worker worker, WorkItemScope scope, InboxFilter filter, int offset, int limit) {
        if (scope == WorkItemScope.MY_GROUPS && worker.groups().isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = entityManager.createQuery("select w, t " + from(scope, filter, true)
                + " order by w.dueAt asc nulls last, w.createdAt asc, w.id asc", Object[].class);
        bind(query, worker, scope, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new InboxRow(((WorkItemRecord) r[0]).toWorkItem(), (Ticket) r[1])).toList();
    }

    @Override
    public long countInbox(Worker worker, WorkItemScope scope, InboxFilter filter) {
        if (scope == WorkItemScope.MY_GROUPS && worker.groups().isEmpty()) {
            return 0;
        }
        // without ticket filters the count needs no join: every work item belongs to a ticket
        TypedQuery<Long> query = entityManager.createQuery("select count(w) " + from(scope, filter, !isBlankFilter(filter)),
                Long.class);
        bind(query, worker, scope, filter);
        return query.getSingleResult();
    }

    @Override
    public Map<String, Long> claimedPerAssignee() {
        Map<String, Long> result = new TreeMap<>();
        entityManager.createQuery("select w.assignee, count(w) from WorkItemRecord w where w.assignee is not null"
                + " group by w.assignee", Object[].class).getResultList()
                .forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }

    private static boolean isBlankFilter(InboxFilter f) {
        return f.channels().isEmpty() && f.priorities().isEmpty() && f.categories().isEmpty() && f.tiers().isEmpty()
                && f.statuses().isEmpty() && (f.text() == null || f.text().isBlank());
    }

    private static String from(WorkItemScope scope, InboxFilter f, boolean joinTickets) {
        StringBuilder q = new StringBuilder(joinTickets
                ? "from WorkItemRecord w join Ticket t on t.id = w.ticketId where 1 = 1" : "from WorkItemRecord w where 1 = 1");
        switch (scope) {
            case MINE -> q.append(" and w.assignee = :user");
            case MY_GROUPS -> q.append(" and w.candidateGroup in :groups and w.assignee is null");
            case ALL -> {
            }
        }
        if (!f.channels().isEmpty()) {
            q.append(" and t.channel in :channels");
        }
        if (!f.priorities().isEmpty()) {
            q.append(" and t.priority in :priorities");
        }
        if (!f.categories().isEmpty()) {
            q.append(" and t.category in :categories");
        }
        if (!f.tiers().isEmpty()) {
            q.append(" and t.tier in :tiers");
        }
        if (!f.statuses().isEmpty()) {
            q.append(" and t.status in :statuses");
        }
        if (f.text() != null && !f.text().isBlank()) {
            q.append(" and (lower(t.subject) like :text or lower(t.number) like :text or lower(t.orderNumber) like :text)");
        }
        return q.toString();
    }

    private static void bind(TypedQuery<?> query, Worker worker, WorkItemScope scope, InboxFilter f) {
        switch (scope) {
            case MINE -> query.setParameter("user", worker.username());
            case MY_GROUPS -> query.setParameter("groups", worker.groups());
            case ALL -> {
            }
        }
        if (!f.channels().isEmpty()) {
            query.setParameter("channels", f.channels());
        }
        if (!f.priorities().isEmpty()) {
            query.setParameter("priorities", f.priorities());
        }
        if (!f.categories().isEmpty()) {
            query.setParameter("categories", f.categories());
        }
        if (!f.tiers().isEmpty()) {
            query.setParameter("tiers", f.tiers());
        }
        if (!f.statuses().isEmpty()) {
            query.setParameter("statuses", f.statuses());
        }
        if (f.text() != null && !f.text().isBlank()) {
            query.setParameter("text", "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    /** Offset-based paging for lazy grids, which ask for arbitrary offsets. */
    private static final class OffsetPage extends PageRequest {
        private final long offset;

        OffsetPage(int offset, int limit) {
            super(0, Math.max(1, limit), org.springframework.data.domain.Sort.unsorted());
            this.offset = offset;
        }

        @Override
        public long getOffset() {
            return offset;
        }
    }
}
