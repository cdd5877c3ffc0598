package io.sportello.workflow;

import io.sportello.workflow.internal.EngineGroups;
import io.sportello.shared.Actor;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.MigrationPreview.ActivityMapping;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running tickets from one version of a process to another. Activities are mapped by equal id; a dry run
 * tells, per activity where tickets wait, how many would move and which cannot (their activity is gone or
 * changed type). The migration runs as a Camunda batch; timers are kept as they are (no restart, so SLA deadlines
 * stay), every migrated ticket gets an entry in its history, and the old version stays deployed.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("studio")
public class ProcessMigrations {

    private static final Logger log = LoggerFactory.getLogger(ProcessMigrations.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final ProcessStudio studio;
    private final ProcessMigrationRepository migrations;
    private final TicketService tickets;
    private final Clock clock;
    private final org.camunda.bpm.engine.TaskService tasks;
    private final io.sportello.workflow.internal.WorkItemProjection workItems;

    ProcessMigrations(RuntimeService runtime, ManagementService management, IdentityService identity,
                      ProcessStudio studio, ProcessMigrationRepository migrations, TicketService tickets, Clock clock,
                      org.camunda.bpm.engine.TaskService tasks, io.sportello.workflow.internal.WorkItemProjection workItems) {
        this.tasks = tasks;
        this.workItems = workItems;
        this.runtime = runtime;
        this.identity = identity;
        this.management = management;
        this.studio = studio;
        this.migrations = migrations;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** What migrating every ticket running on {@code sourceId} to {@code targetId} would do. Changes nothing. */
    @Transactional(readOnly = true)
    public MigrationPreview dryRun(String sourceId, String targetId) {
        ModelVersion source = studio.version(sourceId);
        ModelVersion target = studio.version(targetId);
        checkPair(source, target);
        Map<String, FlowElement> sourceElements = elements(studio.model(sourceId));
        Map<String, FlowElement> targetElements = elements(studio.model(targetId));
        List<ActivityStatistics> statistics = management.createActivityStatisticsQuery(sourceId).list();
        MigrationPlan plan;
        try {
            plan = plan(sourceId, targetId);
        } catch (MigrationPlanValidationException e) {
            List<ActivityMapping> rows = statistics.stream().map(s -> new ActivityMapping(s.getId(),
                    name(sourceElements, s.getId()), s.getInstances(), null, e.getMessage())).toList();
            long total = runtime.createProcessInstanceQuery().processDefinitionId(sourceId).count();
            return new MigrationPreview(source, target, rows, 0, total, e.getMessage());
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            mapped.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
        }
        List<ActivityMapping> rows = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (ActivityStatistics s : statistics) {
            String to = mapped.get(s.getId());
            String reason = null;
            if (to == null) {
                unmapped.add(s.getId());
                reason = !targetElements.containsKey(s.getId()) ? "REMOVED"
                        : "TYPE_CHANGED:" + ModelDiff.typeName(sourceElements.get(s.getId())) + "→"
                        + ModelDiff.typeName(targetElements.get(s.getId()));
            }
            rows.add(new ActivityMapping(s.getId(), name(sourceElements, s.getId()), s.getInstances(), to, reason));
        }
        long total = runtime.createProcessInstanceQuery().processDefinitionId(sourceId).count();
        long blocked = unmapped.isEmpty() ? 0 : runtime.createProcessInstanceQuery().processDefinitionId(sourceId)
                .activityIdIn(unmapped.toArray(String[]::new)).count();
        return new MigrationPreview(source, target, rows, total - blocked, blocked, null);
    }

    /**
     * Starts migrating every ticket that can move (see {@link #dryRun}) as a Camunda batch and returns its
     * progress record. Tickets that cannot move stay on the source version, untouched.
     */
    public MigrationProgress migrate(String sourceId, String targetId, String comment, Actor actor) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("COMMENT_REQUIRED", "Say why the tickets are migrated (comment)");
        }
        MigrationPreview preview = dryRun(sourceId, targetId);
        if (!preview.possible()) {
            throw new RuleViolationException("NOTHING_TO_MIGRATE", preview.planError() != null ? preview.planError()
                    : "No running ticket of " + sourceId + " can be migrated to " + targetId);
        }
        Set<String> blocked = new HashSet<>();
        List<String> unmapped = preview.activities().stream().filter(a -> !a.mapped()).map(ActivityMapping::activityId)
                .toList();
        if (!unmapped.isEmpty()) {
            runtime.createProcessInstanceQuery().processDefinitionId(sourceId).activityIdIn(unmapped.toArray(String[]::new))
                    .list().forEach(p -> blocked.add(p.getId()));
        }
        List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(sourceId).list().stream()
                .map(ProcessInstance::getId).filter(id -> !blocked.contains(id)).toList();
        Batch batch;
        identity.setAuthentication(actor.id(), EngineGroups.desk());
        try {
            batch = runtime.newMigration(plan(sourceId, targetId)).processInstanceIds(ids).executeAsync();
        } finally {
            identity.clearAuthentication();
        }
        ProcessMigration migration = migrations.save(new ProcessMigration(batch.getId(), sourceId, targetId, ids,
                actor.id(), clock.instant(), comment.strip()));
        log.info("{} started migrating {} tickets from {} to {} (batch {})", actor.id(), ids.size(), sourceId, targetId,
                batch.getId());
        return progress(migration);
    }

    /** The progress of one migration; when its batch is over, records it on each migrated ticket (once). */
    public MigrationProgress progress(Long migrationId) {
        ProcessMigration migration = migrations.findById(migrationId)
                .orElseThrow(() -> new NotFoundException("Migration", migrationId));
        return progress(migration);
    }

    /** Every migration, newest first. */
    public List<MigrationProgress> history() {
        return migrations.findAllByOrderByIdDesc().stream().map(this::progress).toList();
    }

    /** Finishes the record of every migration whose batch is over. */
    public void finishCompleted() {
        migrations.findByFinishedAtIsNull().forEach(this::progress);
    }

    private MigrationProgress progress(ProcessMigration m) {
        ModelVersion source = studio.version(m.getSourceDefinitionId());
        ModelVersion target = studio.version(m.getTargetDefinitionId());
        if (m.getFinishedAt() != null) {
            return toProgress(m, source, target, m.getMigrated(), m.getFailed(), true);
        }
        BatchStatistics stats = management.createBatchStatisticsQuery().batchId(m.getBatchId()).singleResult();
        if (stats != null) {
            return toProgress(m, source, target, stats.getCompletedJobs() * stats.getInvocationsPerBatchJob(),
                    stats.getFailedJobs() * stats.getInvocationsPerBatchJob(), false);
        }
        List<String> ids = m.getInstanceIds();
        int migrated = 0;
        for (String id : ids) {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            if (instance != null && instance.getProcessDefinitionId().equals(m.getTargetDefinitionId())) {
                migrated++;
                workItems.moved(id, tasks);
                var why = io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.MIGRATED, source.key(),
                        source.version(), target.version());
                tickets.findByNumberOptional(instance.getBusinessKey()).ifPresent(ticket -> tickets.note(ticket.getId(),
                        TicketEventType.PROCESS_MIGRATED, Actor.user(m.getStartedBy(), m.getStartedBy()), why,
                        m.getComment()));
            }
        }
        int failed = ids.size() - migrated;
        m.finish(clock.instant(), migrated, failed);
        log.info("Migration batch {} finished: {} migrated, {} not (ended meanwhile or failed)", m.getBatchId(), migrated,
                failed);
        return toProgress(m, source, target, migrated, failed, true);
    }

    private MigrationProgress toProgress(ProcessMigration m, ModelVersion source, ModelVersion target, int migrated,
                                         int failed, boolean finished) {
        return new MigrationProgress(m.getId(), m.getBatchId(), source, target, m.getInstances(), migrated, failed,
                finished, m.getStartedBy(), m.getStartedAt(), m.getComment());
    }

    private MigrationPlan plan(String sourceId, String targetId) {
        // no updateEventTriggers(): timer jobs keep their due dates, so SLA deadlines survive the migration
        return runtime.createMigrationPlan(sourceId, targetId).mapEqualActivities().build();
    }

    private static void checkPair(ModelVersion source, ModelVersion target) {
        if (source.kind() != ModelKind.BPMN || target.kind() != ModelKind.BPMN || !source.key().equals(target.key())
                || source.id().equals(target.id())) {
            throw new RuleViolationException("MIGRATION_PAIR",
                    "Tickets migrate between two different versions of the same process");
        }
    }

    private static Map<String, FlowElement> elements(byte[] xml) {
        Map<String, FlowElement> elements = new LinkedHashMap<>();
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml)).getModelElementsByType(FlowElement.class)
                .forEach(e -> elements.put(e.getId(), e));
        return elements;
    }

    private static String name(Map<String, FlowElement> elements, String id) {
        FlowElement element = elements.get(id);
        return element == null ? null : element.getName();
    }

    /** Closes the records of finished migrations in the background (the studio also does when it shows them). */
    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "sportello.workflow.background", havingValue = "true", matchIfMissing = true)
    static class Background {

        private final ProcessMigrations migrations;

        Background(ProcessMigrations migrations) {
            this.migrations = migrations;
        }

        @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
        void finishCompleted() {
            migrations.finishCompleted();
        }
    }
}
