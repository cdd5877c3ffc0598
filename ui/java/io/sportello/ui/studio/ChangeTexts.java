package io.sportello.ui.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.sportello.workflow.ModelChange;
import java.util.List;

/** How model changes read for a process owner: a one-line summary and a table of every change. */
final class ChangeTexts {

    private ChangeTexts() {
    }

    static String summary(Component c, List<ModelChange> changes) {
        long added = changes.stream().filter(x -> x.kind() == ModelChange.Kind.ADDED).count();
        long removed = changes.stream().filter(x -> x.kind() == ModelChange.Kind.REMOVED).count();
        long changed = changes.stream().filter(x -> x.kind() == ModelChange.Kind.CHANGED).map(ModelChange::elementId)
                .distinct().count();
        return c.getTranslation("studio.changes.summary", added, removed, changed);
    }

    static Grid<ModelChange> grid(Component c, List<ModelChange> changes) {
        Grid<ModelChange> grid = new Grid<>();
        grid.addClassName("model-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(x -> c.getTranslation("studio.change." + x.kind())).setHeader(c.getTranslation("studio.col.change"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModelChange::elementId).setHeader(c.getTranslation("studio.col.element")).setAutoWidth(true);
        grid.addColumn(ModelChange::elementType).setHeader(c.getTranslation("studio.col.type")).setAutoWidth(true);
        grid.addColumn(x -> x.property() == null ? "" : x.property()).setHeader(c.getTranslation("studio.col.property"))
                .setAutoWidth(true);
        grid.addColumn(x -> x.before() == null ? "" : x.before()).setHeader(c.getTranslation("studio.col.before"))
                .setFlexGrow(1);
        grid.addColumn(x -> x.after() == null ? "" : x.after()).setHeader(c.getTranslation("studio.col.after"))
                .setFlexGrow(1);
        grid.setItems(changes);
        return grid;
    }
}
