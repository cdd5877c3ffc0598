package io.sportello.ui.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import io.sportello.workflow.ModelProblem;
import java.util.List;

/** Validation problems as sentences a process owner understands. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String text(Component c, ModelProblem p) {
        return c.getTranslation("studio.problem." + p.code().name(), p.elementId() == null ? "-" : p.elementId(),
                p.detail() == null ? "" : p.detail());
    }

    static UnorderedList list(Component c, List<ModelProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.addClassName("model-problems");
        list.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.ERROR);
        problems.forEach(p -> list.add(new ListItem(text(c, p))));
        return list;
    }
}
