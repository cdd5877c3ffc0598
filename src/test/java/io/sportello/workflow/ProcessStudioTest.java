package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ModelProblem.Code;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner changes the escalation flow: an invalid model is refused with reasons and changes nothing; a
 * valid one becomes the version new tickets use while running tickets stay on theirs; running L2 tickets are
 * migrated with a dry run first and keep their SLA deadlines; every deploy and migration is on record.
 */
class ProcessStudioTest extends SportelloSpringTest {

    static final Actor PAOLO = Actor.user("paolo", "Paolo");

    @Autowired
    ProcessStudio studio;
    @Autowired
    ProcessMigrations migrations;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    UserAccountService accounts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessJobs jobs;

    private boolean deployed;

    /** Other tests expect the repository's models to be the latest: put them back after a test deployed its own. */
    @AfterEach
    void restoreRepositoryModels() {
        if (deployed) {
            studio.deploy(ModelEdits.file("processes/tier-escalation.bpmn"), "test restores the repository model",
                    Actor.system());
            studio.deploy(ModelEdits.file("processes/decisions/sla-policy.dmn"), "test restores the repository model",
                    Actor.system());
            deployed = false;
        }
    }

    /** An L2 ticket a person works (a technical problem: the assistant never takes those). */
    Ticket openL2() {
        return open(Category.TECHNICAL, "Il checkout dà errore 500 quando confermo");
    }

    Ticket open(Category category, String subject) {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", subject,
                "Testo", category, null, "it", null, null), Actor.system()).ticket();
    }

    ProcessInstance tierHandling(Ticket ticket) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket.getNumber())
                .processDefinitionKey(TicketLifecycle.TIER_ESCALATION).singleResult();
    }

    Map<String, Date> timerDueDates(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .collect(Collectors.toMap(j -> activityOf(j), Job::getDuedate));
    }

    String activityOf(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    long tierVersions() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(TicketLifecycle.TIER_ESCALATION).count();
    }

    ModelVersion latestTier() {
        return studio.latest(TicketLifecycle.TIER_ESCALATION).orElseThrow();
    }

    DeploymentRecord deploy(byte[] model, String comment) {
        deployed = true;
        return studio.deploy(model, comment, PAOLO);
    }

    @Autowired
    io.sportello.security.Teams teams;

    @Test
    void aTeamAnAdministratorAddsIsACandidateGroupModelsMayNameAtOnce() {
        String key = "warehouse-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        byte[] toWarehouse = ModelEdits.tierEscalation(model -> {
            UserTask l2 = model.getModelElementById("Task_HandleTicket");
            l2.setCamundaCandidateGroups(key);
        });
        assertThat(studio.validate(toWarehouse)).extracting(ModelProblem::code, ModelProblem::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(Code.UNKNOWN_GROUP, key));

        teams.define(key, "Warehouse", "Magazzino", io.sportello.shared.Actor.user("admin", "Admin"));

        assertThat(studio.validate(toWarehouse)).extracting(ModelProblem::code).doesNotContain(Code.UNKNOWN_GROUP);
    }

    @Test
    void invalidModelIsRefusedWithReasonsAndNothingChanges() {
        Ticket running = openL2();
        String definitionBefore = tierHandling(running).getProcessDefinitionId();
        long versionsBefore = tierVersions();
        byte[] broken = ModelEdits.tierEscalation(model -> {
            model.getModelElementsByType(Process.class).iterator().next().setCamundaHistoryTimeToLiveString(null);
            UserTask l2 = model.getModelElementById("Task_HandleTicket");
            l2.setCamundaCandidateGroups("payments-team");
            ServiceTask pause = model.getModelElementById("Task_MarkPending");
            pause.setCamundaDelegateExpression("${pauseTheClock}");
            BoundaryEvent breach = model.getModelElementById("Timer_EscalationDue");
            TimerEventDefinition timer = breach.getChildElementsByType(TimerEventDefinition.class).iterator().next();
            timer.removeChildElement(timer.getTimeDate());
            TimeDuration eightHours = model.newInstance(TimeDuration.class);
            eightHours.setTextContent("PT8H");
            timer.setTimeDuration(eightHours);
            model.getModelElementsByType(Message.class).stream().filter(m -> m.getName().equals("CustomerReplied"))
                    .forEach(m -> m.setName("CustomerWrote"));
        });

        List<ModelProblem> problems = studio.validate(broken);
        assertThat(problems).extracting(ModelProblem::code, ModelProblem::elementId, ModelProblem::detail).contains(
                org.assertj.core.groups.Tuple.tuple(Code.MISSING_HISTORY_TTL, "tier-escalation", null),
                org.assertj.core.groups.Tuple.tuple(Code.UNKNOWN_GROUP, "Task_HandleTicket", "payments-team"),
                org.assertj.core.groups.Tuple.tuple(Code.UNKNOWN_DELEGATE, "Task_MarkPending", "pauseTheClock"),
                org.assertj.core.groups.Tuple.tuple(Code.SLA_TIMER_NOT_COMPUTED, "Timer_EscalationDue", "PT8H"));
        assertThat(problems).filteredOn(p -> p.code() == Code.UNKNOWN_MESSAGE).extracting(ModelProblem::detail)
                .containsOnly("CustomerWrote");
        assertThatThrownBy(() -> deploy(broken, "stricter L2"))
                .isInstanceOfSatisfying(ModelInvalidException.class, e -> assertThat(e.getProblems()).isEqualTo(problems));

        assertThat(studio.validate("<definitions>not a model".getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::code).containsExactly(Code.PARSE_ERROR);
        assertThatThrownBy(() -> deploy(ModelEdits.file("processes/tier-escalation.bpmn"), " "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("COMMENT_REQUIRED"));

        assertThat(tierVersions()).isEqualTo(versionsBefore);
        assertThat(tierHandling(running).getProcessDefinitionId()).isEqualTo(definitionBefore);
        assertThat(desk.claim(running.getNumber(), accounts.get("sara")).assignee()).isEqualTo("sara");
    }

    @Test
    void validModelIsUsedByNewTicketsWhileRunningOnesStayOnTheirVersion() {
        Ticket old = openL2();
        ModelVersion before = latestTier();
        byte[] notifying = ModelEdits.tierEscalation(model -> {
            UserTask l2 = model.getModelElementById("Task_HandleTicket");
            l2.setName("Handle payment problem");
            // a new supervisor notification after every escalation an agent asks for
            ServiceTask record = model.getModelElementById("Task_RecordEscalation");
            SequenceFlow out = record.getOutgoing().iterator().next();
            ServiceTask notify = model.newInstance(ServiceTask.class);
            notify.setId("Task_NotifySupervisorOfEscalation");
            notify.setName("Tell supervisor about the escalation");
            notify.setCamundaDelegateExpression("${notifySupervisorDelegate}");
            record.getParentElement().addChildElement(notify);
            SequenceFlow toNotify = model.newInstance(SequenceFlow.class);
            toNotify.setId("Flow_RecordToNotify");
            record.getParentElement().addChildElement(toNotify);
            toNotify.setSource(record);
            toNotify.setTarget(notify);
            out.setSource(notify);
        });
        assertThat(studio.validate(notifying)).isEmpty();

        DeploymentRecord record = deploy(notifying, "Supervisors hear of every agent escalation");

        assertThat(record.version()).isEqualTo(before.version() + 1);
        assertThat(record.deployedBy()).isEqualTo("paolo");
        assertThat(record.source()).isEqualTo(DeploymentRecord.SOURCE_STUDIO);
        assertThat(record.changes()).extracting(ModelChange::elementId, ModelChange::kind).contains(
                org.assertj.core.groups.Tuple.tuple("Task_NotifySupervisorOfEscalation", ModelChange.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("Flow_RecordToNotify", ModelChange.Kind.ADDED));
        assertThat(record.changes()).filteredOn(c -> c.elementId().equals("Task_HandleTicket"))
                .extracting(ModelChange::property, ModelChange::before, ModelChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "Handle ticket", "Handle payment problem"));
        assertThat(studio.diff(before.id(), record.definitionId())).isEqualTo(record.changes());
        assertThat(studio.deploymentHistory().get(0)).isEqualTo(record);
        assertThat(studio.version(before.id()).latest()).isFalse();

        Ticket fresh = openL2();
        assertThat(tierHandling(fresh).getProcessDefinitionId()).isEqualTo(record.definitionId());
        assertThat(tierHandling(old).getProcessDefinitionId()).isEqualTo(before.id());

        desk.claim(fresh.getNumber(), accounts.get("sara"));
        desk.escalate(fresh.getNumber(), Tier.L3, "Possibile frode", accounts.get("sara"));
        desk.claim(old.getNumber(), accounts.get("sara"));
        desk.escalate(old.getNumber(), Tier.L3, "Possibile frode", accounts.get("sara"));
        assertThat(notified(fresh)).contains("Tell supervisor about the escalation");
        assertThat(notified(old)).doesNotContain("Tell supervisor about the escalation");
        assertThat(tickets.get(old.getId()).getTier()).isEqualTo(Tier.L3);
    }

    @Test
    void changedSlaTargetAppliesToNewTickets() {
        Ticket before = open(Category.SHIPPING, "Tempi di spedizione");
        byte[] faster = ModelEdits.slaPolicy(model -> model.getModelElementsByType(OutputEntry.class).stream()
                .filter(e -> e.getId().startsWith("OutputEntry_") && e.getId().endsWith("_1"))
                .forEach(e -> e.getText().setTextContent(String.valueOf(Integer.parseInt(e.getTextContent().trim()) / 2))));
        DeploymentRecord record = deploy(faster, "Resolution targets halved for the Christmas peak");
        assertThat(record.kind()).isEqualTo(ModelKind.DMN);
        assertThat(record.changes()).extracting(ModelChange::property).contains("then");

        Ticket after = open(Category.SHIPPING, "Tempi di spedizione");
        Ticket b = tickets.get(before.getId());
        Ticket a = tickets.get(after.getId());
        assertThat(a.getPriority()).isEqualTo(b.getPriority());
        assertThat(a.getResolutionDue()).isBefore(b.getResolutionDue());
        assertThat(b.getResolutionDue()).isEqualTo(tickets.get(before.getId()).getResolutionDue());
    }

    @Test
    void runningL2TicketsMigrateWithADryRunFirstAndKeepTheirSlaDeadlines() {
        Ticket first = openL2();
        Ticket second = openL2();
        ModelVersion v1 = latestTier();
        ProcessInstance instance = tierHandling(first);
        assertThat(instance.getProcessDefinitionId()).isEqualTo(v1.id());
        Map<String, Date> dueBefore = timerDueDates(instance);
        assertThat(dueBefore).containsKeys("Timer_FirstResponseOverdue", "Timer_ResolutionWarning", "Timer_EscalationDue");

        DeploymentRecord v2 = deploy(ModelEdits.tierEscalation(model ->
                ((UserTask) model.getModelElementById("Task_HandleTicket")).setName("Handle payment problem")),
                "Clearer L2 task name");

        MigrationPreview preview = migrations.dryRun(v1.id(), v2.definitionId());
        long runningOnV1 = runtime.createProcessInstanceQuery().processDefinitionId(v1.id()).count();
        assertThat(preview.possible()).isTrue();
        assertThat(preview.blocked()).isZero();
        assertThat(preview.migratable()).isEqualTo(runningOnV1).isGreaterThanOrEqualTo(2);
        assertThat(preview.activities()).filteredOn(a -> a.activityId().equals("Task_HandleTicket")).singleElement()
                .satisfies(a -> {
                    assertThat(a.instances()).isGreaterThanOrEqualTo(2);
                    assertThat(a.targetActivityId()).isEqualTo("Task_HandleTicket");
                });
        assertThat(tierHandling(first).getProcessDefinitionId()).as("a dry run changes nothing").isEqualTo(v1.id());

        MigrationProgress started = migrations.migrate(v1.id(), v2.definitionId(), "Clearer L2 task name", PAOLO);
        assertThat(started.finished()).isFalse();
        assertThat(started.total()).isEqualTo((int) runningOnV1);
        jobs.runAsyncSteps();
        MigrationProgress done = migrations.progress(started.id());

        assertThat(done.finished()).isTrue();
        assertThat(done.migrated()).isEqualTo(done.total());
        assertThat(tierHandling(first).getProcessDefinitionId()).isEqualTo(v2.definitionId());
        assertThat(tierHandling(second).getProcessDefinitionId()).isEqualTo(v2.definitionId());
        assertThat(timerDueDates(tierHandling(first))).as("SLA timers keep their due dates").isEqualTo(dueBefore);
        assertThat(repository.getProcessDefinition(v1.id())).as("the old version stays available").isNotNull();
        assertThat(tickets.history(first.getId())).filteredOn(e -> e.getType() == TicketEventType.PROCESS_MIGRATED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActorId()).isEqualTo("paolo");
                    assertThat(e.getReason().arguments()).containsExactly("tier-escalation",
                            String.valueOf(v1.version()), String.valueOf(v2.version()));
                    assertThat(e.getDetail()).isEqualTo("Clearer L2 task name");
                });
        assertThat(migrations.history().get(0).id()).isEqualTo(started.id());

        // the migrated ticket is worked on the new version as usual
        desk.claim(first.getNumber(), accounts.get("sara"));
        desk.resolve(first.getNumber(), ResolutionCode.REFUNDED, "Rimborsato il doppio addebito", accounts.get("sara"));
        assertThat(tickets.get(first.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void dryRunNamesTicketsThatCannotMoveAndMigrationLeavesThemAlone() {
        Ticket waiting = openL2();
        ModelVersion v1 = latestTier();
        DeploymentRecord v2 = deploy(ModelEdits.tierEscalation(model ->
                ((UserTask) model.getModelElementById("Task_HandleTicket")).setId("Task_HandlePayments")),
                "L2 payments get their own task");

        MigrationPreview preview = migrations.dryRun(v1.id(), v2.definitionId());

        assertThat(preview.activities()).filteredOn(a -> a.activityId().equals("Task_HandleTicket")).singleElement()
                .satisfies(a -> {
                    assertThat(a.mapped()).isFalse();
                    assertThat(a.reason()).isEqualTo("REMOVED");
                });
        assertThat(preview.blocked()).isGreaterThanOrEqualTo(1);
        if (preview.possible()) {
            migrations.migrate(v1.id(), v2.definitionId(), "move what can move", PAOLO);
            jobs.runAsyncSteps();
        }
        assertThat(tierHandling(waiting).getProcessDefinitionId()).isEqualTo(v1.id());
    }

    List<String> notified(Ticket ticket) {
        return tickets.history(ticket.getId()).stream().filter(e -> e.getType() == TicketEventType.SUPERVISOR_NOTIFIED)
                .map(TicketEvent::getDetail).toList();
    }
}
