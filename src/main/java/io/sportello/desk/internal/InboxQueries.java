package io.sportello.desk.internal;

import io.sportello.desk.InboxFilter;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.Worker;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The inbox's queries on its read model: one table, indexed by queue, assignee and deadline. */
@Component
public class InboxQueries {

    private final EntityManager entityManager;

    InboxQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page of lines, soonest deadline first (lines without one last), then oldest task first. */
    public List<InboxLine> page(Worker worker, WorkItemScope scope, InboxFilter filter, int offset, int limit) {
        if (nothingFor(worker, scope)) {
            return List.of();
        }
        TypedQuery<InboxLine> query = entityManager.createQuery("select l " + from(scope, filter)
                + " order by l.dueAt asc nulls last, l.taskCreatedAt asc, l.workItemId asc", InboxLine.class);
        bind(query, worker, scope, filter);
        return query.setFirstResult(offset).setMaxResults(Math.max(1, limit)).getResultList();
    }

    public long count(Worker worker, WorkItemScope scope, InboxFilter filter) {
        if (nothingFor(worker, scope)) {
            return 0;
        }
        TypedQuery<Long> query = entityManager.createQuery("select count(l) " + from(scope, filter), Long.class);
        bind(query, worker, scope, filter);
        return query.getSingleResult();
    }

    // agents without a group have no queue; everything open is for supervisors only
    private static boolean nothingFor(Worker worker, WorkItemScope scope) {
        return scope == WorkItemScope.MY_GROUPS && worker.groups().isEmpty()
                || scope == WorkItemScope.ALL && !worker.supervisor();
    }

    private static String from(WorkItemScope scope, InboxFilter f) {
        StringBuilder q = new StringBuilder("from InboxLine l where 1 = 1");
        switch (scope) {
            case MINE -> q.append(" and l.assignee = :user");
            case MY_GROUPS -> q.append(" and l.candidateGroup in :groups and l.assignee is null");
            case ALL -> {
            }
        }
        if (!f.channels().isEmpty()) {
            q.append(" and l.channel in :channels");
        }
        if (!f.priorities().isEmpty()) {
            q.append(" and l.priority in :priorities");
        }
        if (!f.categories().isEmpty()) {
            q.append(" and l.category in :categories");
        }
        if (!f.tiers().isEmpty()) {
            q.append(" and l.tier in :tiers");
        }
        if (!f.statuses().isEmpty()) {
            q.append(" and l.status in :statuses");
        }
        if (hasText(f)) {
            q.append(" and (lower(l.subject) like :text or lower(l.ticketNumber) like :text"
                    + " or lower(l.orderNumber) like :text)");
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
        if (hasText(f)) {
            query.setParameter("text", "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    private static boolean hasText(InboxFilter f) {
        return f.text() != null && !f.text().isBlank();
    }
}
