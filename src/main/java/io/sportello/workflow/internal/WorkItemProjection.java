package io.sportello.workflow.internal;

import io.sportello.workflow.TicketLifecycle.Vars;
import io.sportello.workflow.WorkItemChanged;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The work-item projection: mirrors the engine's user tasks into the {@code work_item} read model inside the
 * engine's own transaction — on purpose not an after-commit reaction, because the inbox must never show a task that
 * is gone or miss one that exists — so inbox queries are one indexed table scan; announces each change for live
 * inboxes.
 */
@Component
public class WorkItemProjection {

    private final WorkItemRepository workItems;
    private final ApplicationEventPublisher publisher;

    WorkItemProjection(WorkItemRepository workItems, ApplicationEventPublisher publisher) {
        this.workItems = workItems;
        this.publisher = publisher;
    }

    @EventListener
    void on(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            // the engine fires both an assignment and an update event for a change of hands, in an order that
            // depends on the call: whichever comes first records it and says who held the task before
            case TaskListener.EVENTNAME_ASSIGNMENT -> workItems.findById(task.getId()).ifPresent(w -> {
                String before = w.getAssignee();
                if (!java.util.Objects.equals(before, task.getAssignee())) {
                    w.setAssignee(task.getAssignee());
                    publisher.publishEvent(new WorkItemChanged(w.toWorkItem(), WorkItemChanged.Change.ASSIGNED, before));
                }
            });
            case TaskListener.EVENTNAME_UPDATE -> workItems.findById(task.getId()).ifPresent(w -> {
                String before = w.getAssignee();
                boolean handsChanged = !java.util.Objects.equals(before, task.getAssignee());
                boolean dueChanged = !java.util.Objects.equals(w.getDueAt(), instant(task.getDueDate()));
                w.setAssignee(task.getAssignee());
                w.setDueAt(instant(task.getDueDate()));
                if (handsChanged) {
                    publisher.publishEvent(new WorkItemChanged(w.toWorkItem(), WorkItemChanged.Change.ASSIGNED, before));
                } else if (dueChanged) {
                    announce(w, WorkItemChanged.Change.UPDATED);
                }
            });
            case TaskListener.EVENTNAME_COMPLETE -> removed(task, WorkItemChanged.Change.COMPLETED);
            case TaskListener.EVENTNAME_DELETE -> removed(task, WorkItemChanged.Change.DELETED);
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        String group = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
        Object ticketId = task.getVariable(Vars.TICKET_ID);
        WorkItemRecord record = workItems.save(new WorkItemRecord(task.getId(),
                ticketId instanceof Number n ? n.longValue() : null, task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), kind(task), task.getName(), group, task.getAssignee(), instant(task.getCreateTime()),
                instant(task.getDueDate())));
        announce(record, WorkItemChanged.Change.CREATED);
    }

    /** The kind of work, as the model marks it with {@code camunda:formKey}. */
    static io.sportello.workflow.WorkKind kind(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        return io.sportello.workflow.WorkKind.ofFormKey(element == null ? null : element.getCamundaFormKey());
    }

    /**
     * After a migration moved an instance's tasks to elements of another version: their step, kind and name follow
     * (the engine fires no task event for a migration).
     */
    public void moved(String processInstanceId, org.camunda.bpm.engine.TaskService tasks) {
        for (org.camunda.bpm.engine.task.Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .initializeFormKeys().list()) {
            workItems.findById(task.getId()).ifPresent(w -> {
                w.moved(task.getTaskDefinitionKey(), io.sportello.workflow.WorkKind.ofFormKey(task.getFormKey()),
                        task.getName());
                announce(w, WorkItemChanged.Change.UPDATED);
            });
        }
    }

    private void removed(DelegateTask task, WorkItemChanged.Change change) {
        workItems.findById(task.getId()).ifPresent(w -> {
            workItems.delete(w);
            announce(w, change);
        });
    }

    private void announce(WorkItemRecord w, WorkItemChanged.Change change) {
        publisher.publishEvent(new WorkItemChanged(w.toWorkItem(), change));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
