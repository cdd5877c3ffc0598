package io.sportello.ui.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.sportello.workflow.ModelChange;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessStudio;
import java.util.Comparator;
import java.util.List;

/** Compares two versions of one model: elements added, removed and changed, property by property. */
class DiffDialog extends Dialog {

    final Select<ModelVersion> from = new Select<>();
    final Select<ModelVersion> to = new Select<>();
    private final VerticalLayout result = new VerticalLayout();
    private final ProcessStudio studio;

    DiffDialog(ProcessStudio studio, ModelVersion selected) {
        this.studio = studio;
        setHeaderTitle(getTranslation("studio.diff.title", selected.name() != null ? selected.name() : selected.key()));
        setWidth("1100px");
        addClassName("diff-dialog");
        List<ModelVersion> versions = studio.versions().stream().filter(v -> v.key().equals(selected.key()))
                .sorted(Comparator.comparing(ModelVersion::version)).toList();
        for (Select<ModelVersion> s : List.of(from, to)) {
            s.setItems(versions);
            s.setItemLabelGenerator(v -> "v" + v.version());
            s.addValueChangeListener(e -> compare());
        }
        from.setLabel(getTranslation("studio.diff.from"));
        to.setLabel(getTranslation("studio.diff.to"));
        ModelVersion previous = versions.stream().filter(v -> v.version() < selected.version())
                .reduce((a, b) -> b).orElse(selected);
        from.setValue(previous);
        to.setValue(selected);
        result.setPadding(false);
        add(new HorizontalLayout(from, to), result);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        compare();
    }

    private void compare() {
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<ModelChange> changes = studio.diff(from.getValue().id(), to.getValue().id());
        if (changes.isEmpty()) {
            result.add(new Paragraph(getTranslation("studio.diff.none")));
            return;
        }
        result.add(new Paragraph(ChangeTexts.summary(this, changes)), ChangeTexts.grid(this, changes));
    }
}
