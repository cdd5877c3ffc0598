package io.sportello.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.workflow.Completion;
import io.sportello.workflow.Outcome;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.TicketLifecycle;
import io.sportello.workflow.TicketLifecycle.Elements;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.WorkKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An upgrade as a running desk lives it: tickets started and worked on the models of the previous release (kept in
 * {@code src/test/resources/processes-v1}, driven as the previous desk drove them), then the new models deployed and
 * the start-up upgrade run. Every ticket ends up on the new version and goes on from where it was, with each status
 * change a step of the new model.
 */
class ModelUpgradeTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    SlaService sla;
    @Autowired
    WorkItems workItems;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ModelUpgrade upgrade;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ticketsRunningOnThePreviousModelsMoveToTheNewOnesAndGoOn() throws IOException {
        deploy("processes-v1/");
        SportelloUser luca = users.get("luca");
        Ticket waiting = open();
        Ticket answered = open();
        Ticket pending = open();
        Ticket resolved = open();
        jobs.advanceTo(clock.instant());
        assertThat(repository.getProcessDefinition(definitionOf(waiting, TicketLifecycle.TIER_ESCALATION)).getVersionTag())
                .as("started on the old version").isNull();
        // the previous release's Liquibase step marked the old tasks as ticket handling
        jdbc.update("update work_item set kind = 'HANDLE_TICKET' where task_key like 'Task_HandleTier%'");

        // what the previous desk did by itself, next to the process
        desk.claim(answered.getNumber(), luca);
        desk.agentReply(answered.getNumber(), "Gentile cliente, stiamo verificando.", luca);
        sla.recordFirstResponse(answered.getId(), clock.instant());
        desk.claim(pending.getNumber(), luca);
        desk.waitForCustomer(pending.getNumber(), "Può mandarci una foto del pacco?", luca);
        desk.claim(resolved.getNumber(), luca);
        tickets.resolve(resolved.getId(), ResolutionCode.ANSWERED, "Istruzioni inviate", luca.actor());
        sla.pause(resolved.getId(), "resolved");
        workItems.complete(handling(resolved).id(), TicketDesk.worker(luca), Completion.of(Outcome.RESOLVE));
        assertThat(tickets.get(pending.getId()).getStatus()).isEqualTo(TicketStatus.PENDING_CUSTOMER);

        deploy("processes/");
        ModelUpgrade.Report report = upgrade.upgrade();
        assertThat(report.failed()).isZero();
        assertThat(report.moved()).isGreaterThanOrEqualTo(7);
        assertThat(upgrade.upgrade()).as("a second start has nothing left to move").isEqualTo(new ModelUpgrade.Report(0, 0));

        for (Ticket t : List.of(waiting, answered, pending, resolved)) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(t.getNumber()).list())
                    .allSatisfy(p -> assertThat(repository.getProcessDefinition(p.getProcessDefinitionId()).getVersionTag())
                            .isEqualTo(repository.createProcessDefinitionQuery().processDefinitionKey(repository
                                    .getProcessDefinition(p.getProcessDefinitionId()).getKey()).latestVersion()
                                    .singleResult().getVersionTag()));
            assertThat(tickets.history(t.getId())).filteredOn(e -> e.getType() == TicketEventType.PROCESS_MIGRATED)
                    .singleElement().satisfies(e -> assertThat(e.getReason().code())
                            .isEqualTo(io.sportello.ticket.HistoryReason.MODEL_UPGRADE));
        }
        assertThat(handling(waiting)).satisfies(w -> {
            assertThat(w.taskKey()).isEqualTo(Elements.TASK_HANDLE_TICKET);
            assertThat(w.kind()).isEqualTo(WorkKind.HANDLE_TICKET);
            assertThat(w.candidateGroup()).isEqualTo("tier1");
        });

        // an unanswered ticket now waits for its first reply alongside the work, and the reply stops the clock
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(waiting.getNumber())
                .activityId(Elements.GATEWAY_FIRST_RESPONSE).count()).isOne();
        desk.claim(waiting.getNumber(), luca);
        desk.agentReply(waiting.getNumber(), "Buongiorno, ecco le istruzioni.", luca);
        assertThat(sla.find(waiting.getId()).orElseThrow().getFirstResponseMetAt()).isNotNull();
        desk.resolve(waiting.getNumber(), ResolutionCode.ANSWERED, "Istruzioni inviate", luca);
        assertThat(tickets.get(waiting.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);

        desk.resolve(answered.getNumber(), ResolutionCode.ANSWERED, "Verificato", luca);
        assertThat(tickets.get(answered.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);

        Actor customer = Actor.customer(tickets.get(pending.getId()).getCustomerId(), "Cliente");
        desk.customerReply(pending.getNumber(), Channel.EMAIL, "Ecco la foto.", customer);
        assertThat(tickets.get(pending.getId()).getStatus()).as("resumed by the new model's step").isEqualTo(TicketStatus.OPEN);
        desk.resolve(pending.getNumber(), ResolutionCode.REPLACED, "Pacco sostituito", luca);
        assertThat(tickets.get(pending.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);

        desk.customerReply(resolved.getNumber(), Channel.EMAIL, "Non ha funzionato.",
                Actor.customer(tickets.get(resolved.getId()).getCustomerId(), "Cliente"));
        assertThat(tickets.get(resolved.getId())).satisfies(t -> {
            assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
            assertThat(t.getReopenCount()).isOne();
        });
        assertThat(handling(resolved).taskKey()).isEqualTo(Elements.TASK_HANDLE_TICKET);
    }

    @Test
    void ticketsOfTheSecondVersionMoveToTheOneThatReadsMessagesAndCanBeTriagedAgain() throws IOException {
        deploy("processes-v2/");
        SportelloUser luca = users.get("luca");
        Ticket working = open();
        jobs.advanceTo(clock.instant());
        assertThat(repository.getProcessDefinition(definitionOf(working, TicketLifecycle.KEY)).getVersionTag())
                .isEqualTo(TicketLifecycle.ORCHESTRATING_VERSION_TAG);
        desk.claim(working.getNumber(), luca);

        deploy("processes/");
        ModelUpgrade.Report report = upgrade.upgrade();
        assertThat(report.failed()).isZero();
        assertThat(repository.getProcessDefinition(definitionOf(working, TicketLifecycle.KEY)).getVersionTag())
                .isEqualTo(TicketLifecycle.UNDERSTANDING_VERSION_TAG);
        assertThat(repository.getProcessDefinition(definitionOf(working, TicketLifecycle.TIER_ESCALATION))
                .getVersionTag()).isEqualTo(TicketLifecycle.UNDERSTANDING_VERSION_TAG);
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(working.getNumber())
                .activityId(Elements.GATEWAY_FIRST_RESPONSE).count()).as("its first-response clock, once").isOne();

        // the agent sees a payment problem: triage runs again on the new version and the ticket goes to L2
        desk.changeCategory(working.getNumber(), Category.PAYMENT, luca);
        assertThat(tickets.get(working.getId())).satisfies(t -> {
            assertThat(t.getCategory()).isEqualTo(Category.PAYMENT);
            assertThat(t.getTier()).isEqualTo(io.sportello.ticket.Tier.L2);
        });
        assertThat(handling(working).candidateGroup()).isEqualTo("tier2");
    }

    private Ticket open() {
        return desk.open(new OpenTicket(Channel.EMAIL, "upgrade." + UUID.randomUUID() + "@example.it", "Cliente",
                "Reso", "Come faccio il reso?", Category.RETURN, null, "it", null, null), Actor.system()).ticket();
    }

    private WorkItem handling(Ticket t) {
        return workItems.ofTicket(t.getId()).stream().filter(WorkItem::handlesTicket).findFirst().orElseThrow();
    }

    private String definitionOf(Ticket t, String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(t.getNumber()).processDefinitionKey(key)
                .singleResult().getProcessDefinitionId();
    }

    /** Deploys the three ticket models from a folder as the start of a release would (resource names as bundled). */
    private void deploy(String folder) throws IOException {
        DeploymentBuilder builder = repository.createDeployment().name("upgrade-test " + folder);
        for (String name : List.of("ticket-lifecycle.bpmn", "tier-escalation.bpmn", "csat-survey.bpmn")) {
            InputStream in = folder.startsWith("processes/") ? Files.newInputStream(Path.of(folder + name))
                    : getClass().getClassLoader().getResourceAsStream(folder + name);
            builder.addInputStream("processes/" + name, in);
        }
        builder.deploy();
    }
}
