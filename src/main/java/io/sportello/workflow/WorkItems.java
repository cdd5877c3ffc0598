package io.sportello.workflow;

import io.sportello.workflow.internal.EngineGroups;
import io.sportello.shared.Actor;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work-item facade: what agents do with tasks. Lists come from the read model; every action runs
 * on the engine in one transaction with the matching ticket change. Lost races are reported with the
 * winner's name, never as a generic failure.
 */
@org.springframework.stereotype.Service
@org.springframework.modulith.NamedInterface("runtime")
public class WorkItems {

    private final TaskService engineTasks;
    private final IdentityService identity;
    private final WorkItemQueries queries;
    private final TicketService tickets;
    private final TransactionTemplate tx;

    /** Read access to the work-item read model, implemented inside the module. */
    @org.springframework.modulith.NamedInterface("runtime")
    public interface WorkItemQueries {
        List<WorkItem> list(Worker worker, WorkItemScope scope, int offset, int limit);

        long count(Worker worker, WorkItemScope scope);

        Optional<WorkItem> byId(String id);

        List<WorkItem> ofTicket(Long ticketId);

        /** Open tasks claimed per agent. */
        java.util.Map<String, Long> claimedPerAssignee();

        /** Every open task somebody holds. */
        List<WorkItem> claimed();
    }

    private final org.camunda.bpm.engine.RepositoryService repository;
    private final java.util.Map<String, Boolean> retriageByDefinition = new java.util.concurrent.ConcurrentHashMap<>();

    public WorkItems(TaskService engineTasks, WorkItemQueries queries, TicketService tickets,
                     PlatformTransactionManager transactionManager, IdentityService identity,
                     org.camunda.bpm.engine.RepositoryService repository) {
        this.repository = repository;
        this.engineTasks = engineTasks;
        this.identity = identity;
        this.queries = queries;
        this.tickets = tickets;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs an action in one transaction as {@code worker}, so the engine's own audit (user operation log, who
     * assigned a task) names the person.
     */
    private void as(Worker worker, java.util.function.Consumer<org.springframework.transaction.TransactionStatus> action) {
        identity.setAuthentication(worker.username(), EngineGroups.desk());
        try {
            tx.executeWithoutResult(action);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Tasks in {@code scope} for {@code worker}, soonest escalation deadline first. */
    public List<WorkItem> list(Worker worker, WorkItemScope scope, int offset, int limit) {
        return queries.list(worker, scope, offset, limit);
    }

    public long count(Worker worker, WorkItemScope scope) {
        return queries.count(worker, scope);
    }

    /** Every open task somebody holds (what routing counts against capacity). */
    public List<WorkItem> claimed() {
        return queries.claimed();
    }

    /**
     * Gives an unclaimed task to an agent because routing chose them, with the reason in the ticket's history; the
     * engine records the desk as the one who assigned it. False, changing nothing, when somebody took the task first
     * or it is gone; the engine's own revision check makes one of two simultaneous assignments fail, never both win.
     * Runs in the caller's transaction when there is one (routing holds the agent's row lock while it counts).
     */
    public boolean assignByRouting(String taskId, String username, HistoryReason why) {
        boolean[] assigned = {false};
        as(new Worker("system", "Sportello", java.util.Set.of(), true), status -> {
            Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getAssignee() != null) {
                return;
            }
            WorkItem item = queries.byId(taskId).orElse(null);
            if (item == null) {
                return;
            }
            engineTasks.claim(taskId, username);
            tickets.assign(item.ticketId(), username, Actor.system(), why);
            assigned[0] = true;
        });
        return assigned[0];
    }

    /**
     * Gives a task back to its team because its holder is away too long, with the reason in the ticket's history;
     * false, changing nothing, if the task is gone or somebody else holds it by now.
     */
    public boolean releaseByRouting(String taskId, String username, HistoryReason why) {
        boolean[] released = {false};
        as(new Worker("system", "Sportello", java.util.Set.of(), true), status -> {
            Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || !username.equals(task.getAssignee())) {
                return;
            }
            engineTasks.setAssignee(taskId, null);
            queries.byId(taskId).ifPresent(item -> {
                if (username.equals(tickets.get(item.ticketId()).getAssignee())) {
                    tickets.assign(item.ticketId(), null, Actor.system(), why);
                }
            });
            released[0] = true;
        });
        return released[0];
    }

    /** How many open tasks each agent has claimed. */
    public java.util.Map<String, Long> claimedPerAssignee() {
        return queries.claimedPerAssignee();
    }

    /**
     * Whether the model the task runs on leads {@link Outcome#RETRIAGE} somewhere (a condition on the outcome
     * naming it): versions before 3, and a process owner's model without that path, are left as they are.
     */
    public boolean canTriageAgain(String taskId) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return false;
        }
        return retriageByDefinition.computeIfAbsent(task.getProcessDefinitionId(), id -> repository
                .getBpmnModelInstance(id).getModelElementsByType(
                        org.camunda.bpm.model.bpmn.instance.ConditionExpression.class).stream()
                .anyMatch(c -> c.getTextContent() != null && c.getTextContent().contains("'" + Outcome.RETRIAGE + "'")));
    }

    public Optional<WorkItem> get(String id) {
        return queries.byId(id);
    }

    /** The open tasks of a ticket (usually one). */
    public List<WorkItem> ofTicket(Long ticketId) {
        return queries.ofTicket(ticketId);
    }

    /**
     * Claims a task. Exactly one of two agents claiming at the same moment wins; the other gets
     * {@link WorkItemConflictException} naming the winner.
     */
    public WorkItem claim(String taskId, Worker worker) {
        try {
            as(worker, status -> {
                Task task = requireTask(taskId);
                if (worker.username().equals(task.getAssignee())) {
                    return;
                }
                if (task.getAssignee() != null) {
                    throw WorkItemConflictException.alreadyClaimed(taskId, task.getAssignee());
                }
                WorkItem item = requireItem(taskId);
                requireGroup(item, worker);
                engineTasks.claim(taskId, worker.username());
                tickets.assign(item.ticketId(), worker.username(), actor(worker));
            });
        } catch (WorkItemConflictException | WorkItemForbiddenException e) {
            throw e;
        } catch (RuntimeException lostRace) {
            String winner = currentAssignee(taskId);
            if (winner != null && !winner.equals(worker.username())) {
                throw WorkItemConflictException.alreadyClaimed(taskId, winner);
            }
            if (winner == null && engineTasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw WorkItemConflictException.gone(taskId);
            }
            throw lostRace;
        }
        return queries.byId(taskId).orElseThrow(() -> WorkItemConflictException.gone(taskId));
    }

    /** Gives a claimed task back to its group. Only the assignee or a supervisor may. */
    public void unclaim(String taskId, Worker worker) {
        as(worker, status -> {
            Task task = requireTask(taskId);
            if (task.getAssignee() == null) {
                return;
            }
            requireAssigneeOrSupervisor(task, worker);
            engineTasks.setAssignee(taskId, null);
            tickets.assign(requireItem(taskId).ticketId(), null, actor(worker));
        });
    }

    /**
     * Gives every task somebody holds back to its group, because they can no longer work it (their account was
     * deactivated): the ticket's history says why, and the engine records the desk as the one who did it.
     */
    public int releaseAllOf(String username, HistoryReason why) {
        int[] released = {0};
        as(new Worker("system", "Sportello", java.util.Set.of(), true), status -> {
            for (Task task : engineTasks.createTaskQuery().taskAssignee(username).list()) {
                engineTasks.setAssignee(task.getId(), null);
                // the ticket names them only if nobody else took it over meanwhile
                queries.byId(task.getId()).ifPresent(item -> {
                    if (username.equals(tickets.get(item.ticketId()).getAssignee())) {
                        tickets.assign(item.ticketId(), null, Actor.system(), why);
                    }
                });
                released[0]++;
            }
            // a task they handed to somebody for a while stays with that person, who no longer has to give it back
            for (Task task : engineTasks.createTaskQuery().taskOwner(username).list()) {
                engineTasks.setOwner(task.getId(), null);
            }
        });
        return released[0];
    }

    /** Hands a task to another agent of its group. The assignee or a supervisor may. */
    public void handOver(String taskId, Worker from, Worker to) {
        as(from, status -> {
            Task task = requireTask(taskId);
            WorkItem item = requireItem(taskId);
            if (task.getAssignee() != null) {
                requireAssigneeOrSupervisor(task, from);
            } else {
                requireGroup(item, from);
            }
            requireGroup(item, to);
            engineTasks.setAssignee(taskId, to.username());
            tickets.assign(item.ticketId(), to.username(), actor(from));
        });
    }

    /**
     * Completes a task with an outcome. An unclaimed task is claimed first; a task claimed by someone else
     * can only be completed by a supervisor.
     */
    public void complete(String taskId, Worker worker, Completion completion) {
        as(worker, status -> {
            Task task = requireTask(taskId);
            if (task.getAssignee() == null) {
                WorkItem item = requireItem(taskId);
                requireGroup(item, worker);
                engineTasks.claim(taskId, worker.username());
                if (item.kind() != io.sportello.workflow.WorkKind.CHECK_TRIAGE) {
                    // checking a reading is not taking the ticket: the handling task that follows is offered anew
                    tickets.assign(item.ticketId(), worker.username(), actor(worker));
                }
            } else {
                requireAssigneeOrSupervisor(task, worker);
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put(Vars.OUTCOME, completion.outcome().name());
            // who took the ticket keeps it: after a reply, a correction, or a check they had claimed
            vars.put(Vars.STICKY_ASSIGNEE, completion.outcome() == Outcome.CHECKED ? task.getAssignee()
                    : completion.outcome() == Outcome.REPLY
                    || completion.outcome() == Outcome.RETRIAGE ? task.getAssignee() != null
                    ? task.getAssignee() : worker.username() : null);
            vars.put(Vars.LAST_ACTOR, worker.username());
            vars.put(Vars.LAST_ACTOR_NAME, worker.displayName());
            if (completion.outcome() == Outcome.ESCALATE) {
                vars.put(Vars.TIER, completion.targetTier().name());
                vars.put(Vars.ESCALATION_REASON, completion.reason());
            }
            if (completion.triage() != null) {
                Completion.Triage t = completion.triage();
                vars.put(Vars.CATEGORY, t.category().name());
                vars.put(Vars.LANGUAGE, t.language());
                // a priority chosen now holds for this triage; a later correction without one lets the policy decide
                vars.put(Vars.CHOSEN_PRIORITY, t.priority() == null ? null : t.priority().name());
                if (t.category().isAfterSale()) {
                    vars.put(Vars.PRESALE, false);
                }
            }
            if (completion.outcome() == Outcome.RESOLVE && completion.resolutionCode() != null) {
                vars.put(Vars.RESOLUTION_CODE, completion.resolutionCode().name());
                vars.put(Vars.RESOLUTION_SUMMARY, completion.summary());
            }
            engineTasks.complete(taskId, vars);
        });
    }

    private Task requireTask(String taskId) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw WorkItemConflictException.gone(taskId);
        }
        return task;
    }

    private WorkItem requireItem(String taskId) {
        return queries.byId(taskId).orElseThrow(() -> WorkItemConflictException.gone(taskId));
    }

    /** The read model holds the task's candidate group, written in the same transaction as the task. */
    private static void requireGroup(WorkItem item, Worker worker) {
        if (worker.supervisor() || (item.candidateGroup() != null && worker.groups().contains(item.candidateGroup()))) {
            return;
        }
        throw new WorkItemForbiddenException("NOT_IN_GROUP",
                worker.username() + " is not in the group of task " + item.id() + " (" + item.candidateGroup() + ")");
    }

    private void requireAssigneeOrSupervisor(Task task, Worker worker) {
        if (!worker.username().equals(task.getAssignee()) && !worker.supervisor()) {
            throw new WorkItemForbiddenException("NOT_ASSIGNEE",
                    "Task " + task.getId() + " is claimed by " + task.getAssignee() + ", not by " + worker.username());
        }
    }

    private String currentAssignee(String taskId) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    private static Actor actor(Worker worker) {
        return Actor.user(worker.username(), worker.displayName());
    }
}
