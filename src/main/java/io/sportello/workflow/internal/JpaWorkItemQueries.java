package io.sportello.workflow.internal;

import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import jakarta.persistence.EntityManager;
import java.util.List;
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
    public List<WorkItem> claimed() {
        return entityManager.createQuery("select w from WorkItemRecord w where w.assignee is not null",
                WorkItemRecord.class).getResultList().stream().map(WorkItemRecord::toWorkItem).toList();
    }

    @Override
    public Map<String, Long> claimedPerAssignee() {
        Map<String, Long> result = new TreeMap<>();
        entityManager.createQuery("select w.assignee, count(w) from WorkItemRecord w where w.assignee is not null"
                + " group by w.assignee", Object[].class).getResultList()
                .forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
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
