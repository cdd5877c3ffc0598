package io.sportello.ui.studio;

import io.sportello.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.sportello.security.CurrentUser;
import io.sportello.ui.component.BpmnDiagram;
import io.sportello.ui.component.Downloads;
import io.sportello.workflow.DeploymentRecord;
import io.sportello.workflow.ModelKind;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessMigrations;
import io.sportello.workflow.ProcessStudio;
import io.sportello.ui.component.UploadTexts;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Every process and decision with its versions and the tickets running on each; the selected version drawn
 * (BPMN) or tabled (DMN), with download, edit as a new version, compare and migrate; upload of a model made in
 * Camunda Modeler; and the record of every deployment.
 */
@Route("studio")
@Menu(title = "menu.studio", order = 6)
@RolesAllowed({Role.Names.PROCESS_OWNER, Role.Names.ADMIN})
public class StudioView extends VerticalLayout implements HasDynamicTitle {

    private final java.time.ZoneId zone;


    private final ProcessStudio studio;
    private final ProcessMigrations migrations;
    private final CurrentUser currentUser;
    final Grid<ModelVersion> versions = new Grid<>();
    final Grid<DeploymentRecord> deployments = new Grid<>();
    final BpmnDiagram diagram = new BpmnDiagram();
    final DecisionTableEditor decisionTable;
    private final Span selectedTitle = new Span();
    final Button edit = new Button();
    final Button compare = new Button();
    final Button migrate = new Button();
    private final Anchor download = new Anchor();
    private final DateTimeFormatter when;

    public StudioView(ProcessStudio studio, ProcessMigrations migrations, CurrentUser currentUser,
                      io.sportello.ui.shell.DeskZone zone) {
        this.zone = zone.get();
        this.studio = studio;
        this.migrations = migrations;
        this.currentUser = currentUser;
        this.decisionTable = new DecisionTableEditor(false);
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(this.zone);
        setSizeFull();

        H2 title = new H2(getTranslation("studio.title"));
        title.addClassName("studio-title");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                new DeployDialog(studio, currentUser, bytes, meta.fileName(), this::refresh).open()))));
        UploadTexts.apply(upload);
        upload.setId("model-upload");
        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".xml");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setDropLabel(new Span(getTranslation("studio.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("studio.upload"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("studio.upload.rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        HorizontalLayout header = new HorizontalLayout(title, upload);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);

        versions.setId("model-versions");
        versions.addColumn(v -> v.name() != null ? v.name() : v.key()).setHeader(getTranslation("studio.col.model"))
                .setFlexGrow(2);
        versions.addColumn(ModelVersion::key).setHeader(getTranslation("studio.col.key")).setFlexGrow(1);
        versions.addColumn(v -> getTranslation("studio.kind." + v.kind())).setHeader(getTranslation("studio.col.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> "v" + v.version() + (v.latest() ? " · " + getTranslation("studio.latest") : ""))
                .setHeader(getTranslation("studio.col.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.kind() == ModelKind.BPMN ? String.valueOf(v.running()) : "–")
                .setHeader(getTranslation("studio.col.running")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.deployedAt() == null ? "" : when.format(v.deployedAt()))
                .setHeader(getTranslation("studio.col.deployedAt")).setAutoWidth(true).setFlexGrow(0);
        versions.setHeight("260px");
        versions.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));

        edit.setText(getTranslation("studio.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("edit-model");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> selected().ifPresent(v -> getUI().ifPresent(ui -> ui.navigate(ModelEditorView.class,
                new com.vaadin.flow.router.RouteParameters("definitionId", v.id())))));
        compare.setText(getTranslation("studio.compare"));
        compare.setIcon(VaadinIcon.EXCHANGE.create());
        compare.setId("compare-versions");
        compare.addClickListener(e -> selected().ifPresent(v -> new DiffDialog(studio, v).open()));
        migrate.setText(getTranslation("studio.migrate"));
        migrate.setIcon(VaadinIcon.ARROW_FORWARD.create());
        migrate.setId("migrate-tickets");
        migrate.addClickListener(e -> selected().ifPresent(v -> new MigrationDialog(studio, migrations, currentUser, v,
                this::refresh).open()));
        download.setText(getTranslation("studio.download"));
        download.setId("download-model");
        selectedTitle.addClassName("selected-model");
        HorizontalLayout actions = new HorizontalLayout(selectedTitle, edit, compare, migrate, download);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.expand(selectedTitle);

        diagram.setHeight("460px");
        VerticalLayout preview = new VerticalLayout(actions, diagram, decisionTable);
        preview.setPadding(false);
        preview.setSizeFull();

        deployments.setId("deployment-history");
        deployments.addColumn(d -> when.format(d.deployedAt())).setHeader(getTranslation("studio.col.deployedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        deployments.addColumn(d -> d.definitionKey() + " v" + d.version()).setHeader(getTranslation("studio.col.model"))
                .setAutoWidth(true).setFlexGrow(0);
        deployments.addColumn(DeploymentRecord::deployedBy).setHeader(getTranslation("studio.col.deployedBy"))
                .setAutoWidth(true).setFlexGrow(0);
        deployments.addColumn(d -> getTranslation("studio.source." + d.source())).setHeader(getTranslation("studio.col.source"))
                .setAutoWidth(true).setFlexGrow(0);
        deployments.addColumn(DeploymentRecord::comment).setHeader(getTranslation("studio.col.comment")).setFlexGrow(2);
        deployments.addColumn(d -> ChangeTexts.summary(this, d.changes())).setHeader(getTranslation("studio.col.changes"))
                .setFlexGrow(3);
        deployments.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(d -> ChangeTexts.grid(this, d.changes())));

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("studio.tab.models"), new VerticalLayout(versions, preview) {{
            setPadding(false);
            setSizeFull();
        }});
        tabs.add(getTranslation("studio.tab.deployments"), deployments);
        tabs.add(getTranslation("studio.tab.migrations"), new MigrationHistory(migrations, this.zone));
        add(header, tabs);
        expand(tabs);
        refresh();
    }

    void refresh() {
        String selectedKey = selected().map(ModelVersion::key).orElse(null);
        List<ModelVersion> all = studio.versions();
        versions.setItems(all);
        deployments.setItems(studio.deploymentHistory());
        all.stream().filter(v -> selectedKey == null ? v.key().equals("tier-escalation") : v.key().equals(selectedKey))
                .filter(ModelVersion::latest).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(versions::select);
    }

    private java.util.Optional<ModelVersion> selected() {
        return versions.getSelectedItems().stream().findFirst();
    }

    private void show(ModelVersion v) {
        edit.setEnabled(v != null);
        compare.setEnabled(v != null);
        migrate.setEnabled(v != null && v.kind() == ModelKind.BPMN);
        download.setEnabled(v != null);
        if (v == null) {
            selectedTitle.setText("");
            return;
        }
        selectedTitle.setText(getTranslation("studio.selected", v.name() != null ? v.name() : v.key(), v.version(),
                studio.deploymentOf(v.id()).map(DeploymentRecord::comment).orElse("")));
        byte[] model = studio.model(v.id());
        Downloads.offer(download, ProcessStudio.fileName(v), "application/xml", () -> model);
        boolean bpmn = v.kind() == ModelKind.BPMN;
        diagram.setVisible(bpmn);
        decisionTable.setVisible(!bpmn);
        if (bpmn) {
            diagram.view(new String(model, StandardCharsets.UTF_8), List.of(), List.of());
        } else {
            decisionTable.show(model);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.title");
    }
}
