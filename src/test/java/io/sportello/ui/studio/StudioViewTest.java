package io.sportello.ui.studio;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.CurrentUser;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ui.KaribuTest;
import io.sportello.ui.audit.AuditView;
import io.sportello.workflow.DecisionTables;
import io.sportello.workflow.ModelKind;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.ProcessMigrations;
import io.sportello.workflow.ProcessStudio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process owner's studio in the UI: versions, validation messages, deploy with a comment, DMN edits, migration. */
class StudioViewTest extends KaribuTest {

    @Autowired
    ProcessStudio studio;
    @Autowired
    ProcessMigrations migrations;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TicketDesk desk;
    @Autowired
    ProcessJobs jobs;

    private boolean deployed;

    @AfterEach
    void restoreRepositoryModels() throws Exception {
        if (deployed) {
            studio.deploy(Files.readAllBytes(Path.of("processes/tier-escalation.bpmn")), "test restores the repository model",
                    Actor.system());
            studio.deploy(Files.readAllBytes(Path.of("processes/decisions/sla-policy.dmn")),
                    "test restores the repository model", Actor.system());
        }
    }

    StudioView studio() {
        login("paolo");
        UI.getCurrent().navigate(StudioView.class);
        return _get(StudioView.class);
    }

    static byte[] repositoryModel() throws Exception {
        return Files.readAllBytes(Path.of("processes/tier-escalation.bpmn"));
    }

    @Test
    void processOwnerSeesEveryModelWithVersionsAndRunningTickets() {
        desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", "Addebito", "Testo",
                Category.PAYMENT, null, "it", null, null), Actor.system());
        StudioView view = studio();
        List<ModelVersion> rows = GridKt._fetch(view.versions, 0, 100);
        assertThat(rows).extracting(ModelVersion::key).contains("ticket-lifecycle", "tier-escalation", "csat-survey",
                "sla-policy", "ticket-triage");
        ModelVersion tier = rows.stream().filter(v -> v.key().equals("tier-escalation") && v.latest()).findFirst().orElseThrow();
        assertThat(tier.running()).isPositive();
        assertThat(GridKt._getFormattedRow(view.versions, rows.indexOf(tier))).contains("Tier handling and escalation",
                "Process", "v" + tier.version() + " · latest", String.valueOf(tier.running()));
        assertThat(view.versions.getSelectedItems()).containsExactly(tier);
        assertThat(view.diagram.isVisible()).isTrue();
        assertThat(view.diagram.getXml()).contains("Task_HandleTicket");

        ModelVersion sla = rows.stream().filter(v -> v.key().equals("sla-policy")).findFirst().orElseThrow();
        view.versions.select(sla);
        assertThat(view.diagram.isVisible()).isFalse();
        assertThat(view.decisionTable.isVisible()).isTrue();
        assertThat(_find(view.decisionTable, com.vaadin.flow.component.grid.Grid.class)).hasSize(1);
        assertThat(view.migrate.isEnabled()).as("decisions are not migrated").isFalse();
    }

    @Test
    void invalidModelShowsWhatIsWrongAndCannotBeDeployed() throws Exception {
        studio();
        String broken = new String(repositoryModel(), StandardCharsets.UTF_8)
                .replace("camunda:candidateGroups=\"${tierGroup}\"", "camunda:candidateGroups=\"payments-team\"")
                .replace("${markPendingDelegate}", "${pauseTheClock}");
        DeployDialog dialog = new DeployDialog(studio, currentUser, broken.getBytes(StandardCharsets.UTF_8),
                "tier-escalation.bpmn", () -> { });
        dialog.open();
        assertThat(dialog.deploy.isEnabled()).isFalse();
        List<String> problems = _find(dialog, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(problems).contains(
                "Task Task_HandleTicket is offered to \"payments-team\", which is no team (use tier1, tier2, tier3 or supervisor).",
                "Element Task_MarkPending calls \"pauseTheClock\", which is no Sportello action (no such bean).");
        assertThat(_find(dialog, Paragraph.class).get(0).getText()).contains("2 problem(s)").contains("Nothing was changed");
    }

    @Test
    void validModelNeedsACommentAndBecomesTheLatestVersion() throws Exception {
        StudioView view = studio();
        int before = studio.latest("tier-escalation").orElseThrow().version();
        byte[] renamed = new String(repositoryModel(), StandardCharsets.UTF_8)
                .replace("name=\"Handle ticket\"", "name=\"Handle payment problem\"").getBytes(StandardCharsets.UTF_8);
        DeployDialog dialog = new DeployDialog(studio, currentUser, renamed, "tier-escalation.bpmn", view::refresh);
        dialog.open();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("model-valid")).getText())
                .isEqualTo("The model is valid and can be deployed.");
        _click(dialog.deploy);
        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(dialog.comment.getErrorMessage()).isEqualTo("Say why you deploy this version.");
        assertThat(studio.latest("tier-escalation").orElseThrow().version()).isEqualTo(before);

        _setValue(dialog.comment, "Clearer name for the L2 queue");
        deployed = true;
        _click(dialog.deploy);
        assertThat(dialog.isOpened()).isFalse();
        ModelVersion latest = studio.latest("tier-escalation").orElseThrow();
        assertThat(latest.version()).isEqualTo(before + 1);
        assertThat(GridKt._fetch(view.deployments, 0, 1).get(0).comment()).isEqualTo("Clearer name for the L2 queue");
        assertThat(GridKt._getFormattedRow(view.deployments, 0)).contains("paolo", "Studio", "0 added, 0 removed, 1 changed");

        DiffDialog diff = new DiffDialog(studio, latest);
        diff.open();
        assertThat(diff.from.getValue().version()).isEqualTo(before);
        assertThat(_get(diff, Paragraph.class).getText()).isEqualTo("0 added, 0 removed, 1 changed");
    }

    @Test
    void processOwnerEditsAResolutionTargetInTheDecisionTableAndDeploysIt() {
        login("paolo");
        ModelVersion sla = studio.latest("sla-policy").orElseThrow();
        UI.getCurrent().navigate(ModelEditorView.class, new RouteParameters("definitionId", sla.id()));
        ModelEditorView editor = _get(ModelEditorView.class);
        assertThat(editor.modeler.isVisible()).isFalse();
        DecisionTables.Table table = DecisionTables.read(studio.model(sla.id())).get(0);
        DecisionTables.RuleRow normal = table.rules().stream().filter(r -> "Normal".equals(r.description())).findFirst()
                .orElseThrow();
        int resolutionColumn = table.inputs().size() + 1;
        assertThat(normal.outputEntries().get(1)).isEqualTo("1440");

        editor.decisionTable.setCell(normal.ruleId(), resolutionColumn, "720");
        // leaving with the change not deployed asks first; staying keeps the edit
        UI.getCurrent().navigate(StudioView.class);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog leave = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(leave.isOpened()).isTrue();
        assertThat(_find(ModelEditorView.class)).hasSize(1);
        leave.close();
        assertThat(editor.hasUnsavedChanges()).isTrue();
        editor.openDeploy();
        DeployDialog dialog = _get(DeployDialog.class);
        _setValue(dialog.comment, "Normal tickets resolved within 12 business hours");
        deployed = true;
        _click(dialog.deploy);

        ModelVersion latest = studio.latest("sla-policy").orElseThrow();
        assertThat(latest.version()).isEqualTo(sla.version() + 1);
        assertThat(latest.kind()).isEqualTo(ModelKind.DMN);
        DecisionTables.RuleRow edited = DecisionTables.read(studio.model(latest.id())).get(0).rules().stream()
                .filter(r -> r.ruleId().equals(normal.ruleId())).findFirst().orElseThrow();
        // the first-response target kept, the resolution target edited, the calendar column still empty
        assertThat(edited.outputEntries()).containsExactly(normal.outputEntries().get(0), "720", "");
        assertThat(_find(StudioView.class)).hasSize(1);
    }

    @Test
    void migrationDialogRunsADryRunThenMigrates() throws Exception {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", "Addebito",
                "Testo", Category.PAYMENT, null, "it", null, null), Actor.system()).ticket();
        StudioView view = studio();
        ModelVersion v1 = studio.latest("tier-escalation").orElseThrow();
        deployed = true;
        studio.deploy(new String(repositoryModel(), StandardCharsets.UTF_8)
                .replace("name=\"Handle ticket\"", "name=\"Handle payment problem\"").getBytes(StandardCharsets.UTF_8),
                "Clearer name", Actor.user("paolo", "Paolo"));
        view.refresh();
        MigrationDialog dialog = new MigrationDialog(studio, migrations, currentUser, studio.version(v1.id()), view::refresh);
        dialog.open();
        dialog.source.setValue(studio.version(v1.id()));
        assertThat(dialog.target.getValue().latest()).isTrue();
        assertThat(dialog.start.isEnabled()).isFalse();
        _click(dialog.dryRun);
        assertThat(dialog.summary.getText()).matches("\\d+ ticket\\(s\\) can move to v\\d+; 0 cannot and stay where they are\\.");
        assertThat(GridKt._fetch(dialog.mapping, 0, 100)).anyMatch(a -> a.activityId().equals("Task_HandleTicket") && a.mapped());
        _click(dialog.start);
        assertThat(dialog.comment.isInvalid()).isTrue();
        _setValue(dialog.comment, "Clearer name");
        _click(dialog.start);
        assertThat(dialog.progressText.getText()).startsWith("Migrating:");
        jobs.runAsyncSteps();
        assertThat(migrations.history().get(0).finished()).isTrue();
        assertThat(studio.version(v1.id()).running()).isZero();
        assertThat(ticket.getNumber()).isNotNull();
    }

    @Test
    void auditorsAndAgentsCannotOpenTheStudioAndOwnersCannotOpenTheAudit() {
        login("anna");
        assertThatThrownBy(() -> UI.getCurrent().navigate(StudioView.class)).isInstanceOf(MockAccessDeniedException.class);
        login("luca");
        assertThatThrownBy(() -> UI.getCurrent().navigate(StudioView.class)).isInstanceOf(MockAccessDeniedException.class);
        login("paolo");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class)).isInstanceOf(MockAccessDeniedException.class);
    }
}
