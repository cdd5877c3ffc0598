package io.sportello.workflow.internal;

import io.sportello.shared.Actor;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.TicketLifecycle;
import io.sportello.workflow.TicketLifecycle.Elements;
import io.sportello.workflow.TicketLifecycle.Legacy;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upgrade to the newest bundled models — those in which every status and SLA change is a step of the model
 * ({@link TicketLifecycle#ORCHESTRATING_VERSION_TAG}), then those that read every message before triage
 * ({@link TicketLifecycle#UNDERSTANDING_VERSION_TAG}): at start-up, tickets running on an older version of a bundled
 * process (untagged, or a lower tag) are moved to the newest version with the studio's kind of migration (equal activities, the three tier
 * tasks onto the one handling task, timers kept with their due dates). Each moved ticket gets the variables the new
 * version reads (its tier's group, when it was first answered), its first-response clock if it still runs, and an
 * entry in its history. A ticket that cannot be moved stays where it is and is logged.
 */
@Component
class ModelUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ModelUpgrade.class);
    private static final int BATCH = 200;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final WorkItemProjection workItems;
    private final TicketService tickets;
    private final TransactionTemplate tx;

    ModelUpgrade(RepositoryService repository, RuntimeService runtime, TaskService tasks, WorkItemProjection workItems,
                 TicketService tickets, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.workItems = workItems;
        this.tickets = tickets;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** What one upgrade run did. */
    record Report(int moved, int failed) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onStart() {
        Report report = upgrade();
        if (report.moved() + report.failed() > 0) {
            log.info("Model upgrade: {} running tickets moved to the newest versions, {} could not be moved",
                    report.moved(), report.failed());
        }
    }

    /** Moves every instance of an untagged (older) version of the bundled processes to the newest tagged version. */
    Report upgrade() {
        int moved = 0;
        int failed = 0;
        for (String key : List.of(TicketLifecycle.KEY, TicketLifecycle.TIER_ESCALATION, TicketLifecycle.CSAT_SURVEY)) {
            ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            if (target == null || target.getVersionTag() == null) {
                continue;
            }
            for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()
                    .stream().filter(d -> older(d, target)).toList()) {
                List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list()
                        .stream().map(ProcessInstance::getId).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                MigrationPlan plan;
                try {
                    plan = plan(key, source, target);
                } catch (RuntimeException e) {
                    log.error("Tickets on {} v{} cannot move to v{}: {}", key, source.getVersion(), target.getVersion(),
                            e.getMessage());
                    failed += ids.size();
                    continue;
                }
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    int[] result = moveBatch(plan, batch, key, source, target);
                    moved += result[0];
                    failed += result[1];
                }
            }
        }
        return new Report(moved, failed);
    }

    /** A version before the bundled one: untagged, or tagged with a lower number ("2" before "3"). */
    static boolean older(ProcessDefinition d, ProcessDefinition target) {
        if (d.getVersion() >= target.getVersion()) {
            return false;
        }
        if (d.getVersionTag() == null) {
            return true;
        }
        try {
            return Integer.parseInt(d.getVersionTag().strip()) < Integer.parseInt(target.getVersionTag().strip());
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    private int[] moveBatch(MigrationPlan plan, List<String> ids, String key, ProcessDefinition source,
                            ProcessDefinition target) {
        try {
            tx.executeWithoutResult(s -> {
                runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners().execute();
                for (String id : ids) {
                    afterMove(id, key, source, target);
                }
            });
            return new int[] {ids.size(), 0};
        } catch (RuntimeException batchFailed) {
            // one ticket's state must not keep the others on the old version: move them one by one
            int moved = 0;
            for (String id : ids) {
                try {
                    tx.executeWithoutResult(s -> {
                        runtime.newMigration(plan).processInstanceIds(id).skipCustomListeners().execute();
                        afterMove(id, key, source, target);
                    });
                    moved++;
                } catch (RuntimeException e) {
                    log.warn("Process instance {} stays on {} v{}: {}", id, key, source.getVersion(), e.getMessage());
                }
            }
            return new int[] {moved, ids.size() - moved};
        }
    }

    private MigrationPlan plan(String key, ProcessDefinition source, ProcessDefinition target) {
        MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
        if (key.equals(TicketLifecycle.TIER_ESCALATION) && source.getVersionTag() == null) {
            for (String old : List.of(Legacy.TASK_HANDLE_TIER1, Legacy.TASK_HANDLE_TIER2, Legacy.TASK_HANDLE_TIER3)) {
                builder = builder.mapActivities(old, Elements.TASK_HANDLE_TICKET);
            }
        }
        return builder.build();
    }

    /** What the new version reads and the old one never set, the first-response clock, the work item and history. */
    private void afterMove(String instanceId, String key, ProcessDefinition source, ProcessDefinition target) {
        Map<String, Object> vars = runtime.getVariables(instanceId);
        Object ticketId = vars.get(Vars.TICKET_ID);
        Optional<Ticket> ticket = ticketId instanceof Number n ? Optional.of(tickets.get(n.longValue())) : Optional.empty();
        if (!key.equals(TicketLifecycle.CSAT_SURVEY)) {
            Object tier = vars.get(Vars.TIER);
            if (tier != null) {
                runtime.setVariable(instanceId, Vars.TIER_GROUP, io.sportello.ticket.Tier.valueOf(tier.toString()).group());
            }
            Date answered = ticket.map(Ticket::getFirstResponseAt).map(Date::from).orElse(null);
            runtime.setVariable(instanceId, Vars.FIRST_RESPONSE_AT, answered);
            // what the reading step gives triage, for a ticket that was triaged before there was one
            for (String name : List.of(Vars.URGENCY, Vars.CHOSEN_PRIORITY)) {
                if (!vars.containsKey(name)) {
                    runtime.setVariable(instanceId, name, null);
                }
            }
            if (!vars.containsKey(Vars.LANGUAGE)) {
                runtime.setVariable(instanceId, Vars.LANGUAGE, ticket.map(Ticket::getLanguage).orElse(null));
            }
            if (!vars.containsKey(Vars.PRESALE)) {
                runtime.setVariable(instanceId, Vars.PRESALE, false);
            }
            for (String flag : List.of(Vars.TRIAGE_CHECK, Vars.FOLLOW_UP, Vars.INFORMAL)) {
                if (!vars.containsKey(flag)) {
                    runtime.setVariable(instanceId, flag, false);
                }
            }
            if (key.equals(TicketLifecycle.TIER_ESCALATION) && answered == null && source.getVersionTag() == null) {
                // the old version's timer asked; the new one waits for the first reply alongside the work
                runtime.createProcessInstanceModification(instanceId)
                        .startBeforeActivity(Elements.GATEWAY_FIRST_RESPONSE).execute(true, true);
            }
        }
        workItems.moved(instanceId, tasks);
        if (key.equals(TicketLifecycle.KEY)) {
            ticket.ifPresent(t -> tickets.note(t.getId(), TicketEventType.PROCESS_MIGRATED, Actor.system(),
                    HistoryReason.of(source.getVersionTag() == null ? HistoryReason.MODEL_UPGRADE
                            : HistoryReason.MIGRATED, key, source.getVersion(), target.getVersion())));
        }
    }
}
