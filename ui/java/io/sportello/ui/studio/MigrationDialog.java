package io.sportello.ui.studio;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.sportello.security.CurrentUser;
import io.sportello.shared.RuleViolationException;
import io.sportello.workflow.MigrationPreview;
import io.sportello.workflow.MigrationPreview.ActivityMapping;
import io.sportello.workflow.MigrationProgress;
import io.sportello.workflow.ModelKind;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessMigrations;
import io.sportello.workflow.ProcessStudio;
import java.util.Comparator;
import java.util.List;

/**
 * Migrates the running tickets of one process version to another: a dry run first (per activity how many tickets
 * wait there and whether they can move), then, with a comment, the migration as a batch with a progress bar.
 */
class MigrationDialog extends Dialog {

    final Select<ModelVersion> source = new Select<>();
    final Select<ModelVersion> target = new Select<>();
    final Button dryRun = new Button();
    final Button start = new Button();
    final TextArea comment = new TextArea();
    final Grid<ActivityMapping> mapping = new Grid<>();
    final Paragraph summary = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    private final ProcessMigrations migrations;
    private Long running;
    private Registration poll;

    MigrationDialog(ProcessStudio studio, ProcessMigrations migrations, CurrentUser currentUser, ModelVersion selected,
                    Runnable changed) {
        this.migrations = migrations;
        setHeaderTitle(getTranslation("studio.migration.title", selected.name() != null ? selected.name() : selected.key()));
        setWidth("960px");
        addClassName("migration-dialog");
        List<ModelVersion> versions = studio.versions().stream()
                .filter(v -> v.key().equals(selected.key()) && v.kind() == ModelKind.BPMN)
                .sorted(Comparator.comparing(ModelVersion::version)).toList();
        source.setLabel(getTranslation("studio.migration.source"));
        target.setLabel(getTranslation("studio.migration.target"));
        for (Select<ModelVersion> s : List.of(source, target)) {
            s.setItems(versions);
            s.setItemLabelGenerator(v -> getTranslation("studio.migration.version", v.version(), v.running()));
            s.addValueChangeListener(e -> reset());
        }
        source.setValue(versions.stream().filter(v -> !v.latest() && v.running() > 0).reduce((a, b) -> b)
                .orElse(versions.get(0)));
        target.setValue(versions.stream().filter(ModelVersion::latest).findFirst().orElse(selected));

        dryRun.setText(getTranslation("studio.migration.dryRun"));
        dryRun.setId("migration-dry-run");
        dryRun.addClickListener(e -> preview());
        mapping.setId("migration-mapping");
        mapping.addThemeVariants(GridVariant.LUMO_COMPACT);
        mapping.setAllRowsVisible(true);
        mapping.addColumn(a -> a.activityName() != null ? a.activityName() + " (" + a.activityId() + ")" : a.activityId())
                .setHeader(getTranslation("studio.migration.col.activity")).setFlexGrow(2);
        mapping.addColumn(ActivityMapping::instances).setHeader(getTranslation("studio.migration.col.tickets"))
                .setAutoWidth(true).setFlexGrow(0);
        mapping.addColumn(a -> a.mapped() ? "→ " + a.targetActivityId() : reason(a.reason()))
                .setHeader(getTranslation("studio.migration.col.outcome")).setFlexGrow(2);
        mapping.setVisible(false);

        comment.setLabel(getTranslation("studio.migration.comment"));
        comment.setWidthFull();
        comment.setRequiredIndicatorVisible(true);
        comment.setId("migration-comment");
        start.setText(getTranslation("studio.migration.start"));
        start.setId("migration-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("studio.deploy.comment.required"));
                return;
            }
            try {
                MigrationProgress p = migrations.migrate(source.getValue().id(), target.getValue().id(),
                        comment.getValue(), currentUser.require().actor());
                running = p.id();
                start.setEnabled(false);
                dryRun.setEnabled(false);
                show(p);
                changed.run();
            } catch (RuleViolationException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        progress.setVisible(false);
        progressText.addClassName("migration-progress");
        VerticalLayout body = new VerticalLayout(new HorizontalLayout(source, target) {{
            setAlignItems(Alignment.END);
            add(dryRun);
        }}, summary, mapping, comment, progress, progressText);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), start);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && poll != null) {
                poll.remove();
                e.getSource().getUI().ifPresent(ui -> ui.setPollInterval(-1));
            }
        });
    }

    private void reset() {
        mapping.setVisible(false);
        summary.setText("");
        start.setEnabled(false);
    }

    void preview() {
        if (source.getValue() == null || target.getValue() == null) {
            return;
        }
        try {
            MigrationPreview p = migrations.dryRun(source.getValue().id(), target.getValue().id());
            mapping.setItems(p.activities());
            mapping.setVisible(true);
            summary.setText(p.planError() != null ? getTranslation("studio.migration.planError", p.planError())
                    : getTranslation("studio.migration.summary", p.migratable(), p.blocked(), p.target().version()));
            summary.addClassName("migration-summary");
            start.setEnabled(p.possible());
        } catch (RuleViolationException e) {
            summary.setText(getTranslation("studio.migration.pair"));
            mapping.setVisible(false);
            start.setEnabled(false);
        }
    }

    private void show(MigrationProgress p) {
        progress.setVisible(true);
        progress.setValue(p.percent() / 100.0);
        progressText.setText(getTranslation(p.finished() ? "studio.migration.done" : "studio.migration.running",
                p.migrated(), p.total(), p.failed()));
        if (!p.finished() && poll == null) {
            UI ui = UI.getCurrent();
            ui.setPollInterval(1000);
            poll = ui.addPollListener(e -> show(migrations.progress(running)));
        } else if (p.finished() && poll != null) {
            poll.remove();
            poll = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private String reason(String code) {
        if (code == null) {
            return "";
        }
        if (code.startsWith("TYPE_CHANGED:")) {
            return getTranslation("studio.migration.reason.typeChanged", code.substring("TYPE_CHANGED:".length()));
        }
        return getTranslation("studio.migration.reason." + code);
    }
}
