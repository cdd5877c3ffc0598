package io.sportello.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkItemRepository extends JpaRepository<WorkItemRecord, String> {

    @Query("select w from WorkItemRecord w where w.assignee = :assignee order by w.dueAt asc nulls last, w.createdAt asc")
    List<WorkItemRecord> assignedTo(String assignee, Pageable page);

    long countByAssignee(String assignee);

    @Query("""
            select w from WorkItemRecord w where w.candidateGroup in :groups and w.assignee is null
            order by w.dueAt asc nulls last, w.createdAt asc""")
    List<WorkItemRecord> unassignedIn(Collection<String> groups, Pageable page);

    long countByCandidateGroupInAndAssigneeIsNull(Collection<String> groups);

    @Query("select w from WorkItemRecord w order by w.dueAt asc nulls last, w.createdAt asc")
    List<WorkItemRecord> everything(Pageable page);

    Optional<WorkItemRecord> findFirstByTicketIdOrderByCreatedAtDesc(Long ticketId);

    List<WorkItemRecord> findByTicketId(Long ticketId);
}
