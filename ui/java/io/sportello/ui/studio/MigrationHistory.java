package io.sportello.ui.studio;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import io.sportello.workflow.MigrationProgress;
import io.sportello.workflow.ProcessMigrations;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Every migration: when, who, from which version to which, why, and how many tickets moved. */
class MigrationHistory extends Grid<MigrationProgress> {

    MigrationHistory(ProcessMigrations migrations, java.time.ZoneId zone) {
        setId("migration-history");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        addColumn(m -> when.format(m.startedAt())).setHeader(getTranslation("studio.col.startedAt")).setAutoWidth(true);
        addColumn(m -> m.source().key() + " v" + m.source().version() + " → v" + m.target().version())
                .setHeader(getTranslation("studio.col.model")).setAutoWidth(true);
        addColumn(MigrationProgress::startedBy).setHeader(getTranslation("studio.col.deployedBy")).setAutoWidth(true);
        addColumn(MigrationProgress::comment).setHeader(getTranslation("studio.col.comment")).setFlexGrow(1);
        addColumn(m -> getTranslation(m.finished() ? "studio.migration.done" : "studio.migration.running",
                m.migrated(), m.total(), m.failed())).setHeader(getTranslation("studio.col.result")).setFlexGrow(1);
        addAttachListener((AttachEvent e) -> setItems(migrations.history()));
    }
}
