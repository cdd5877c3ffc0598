package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import io.sportello.desk.DeskAction;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.understanding.Reading;
import io.sportello.ui.desk.workspace.WorkspaceEvents.TriageChecked;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the desk read in the ticket's first message, marked as the model's: the category with its confidence and the
 * alternatives, language, urgency, sentiment, before or after buying, the order and how it was found, what the text
 * names. When the desk was not sure and asks a person, the check is here: the category (the likeliest first), the
 * language and, if wanted, a priority, then "Confirm triage".
 */
class ReadingPanel extends Div {

    ReadingPanel() {
        setId("reading");
        addClassName("reading-panel");
    }

    void show(WorkspaceReads.Workspace w) {
        removeAll();
        if (w.reading().isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        Reading r = w.reading().get();
        boolean checking = w.allowed().allows(DeskAction.CHECK_TRIAGE);
        Span title = new Span(getTranslation(checking ? "reading.check.title" : "reading.title", r.modelVersion()));
        title.setId("reading-title");
        title.addClassName("reading-title");
        add(title);

        List<String> alternatives = new ArrayList<>();
        for (Map.Entry<String, Double> e : r.rankedCategories().stream().limit(3).toList()) {
            alternatives.add(getTranslation("category." + e.getKey()) + " " + percent(e.getValue()));
        }
        Span category = TicketHeader.chip(r.categoryChosen()
                ? getTranslation("reading.category.chosen", getTranslation("category." + r.category()))
                : getTranslation("reading.category", String.join(" · ", alternatives)), "reading-category");
        Span language = TicketHeader.chip(getTranslation("reading.language",
                getTranslation("understanding.language." + r.language()), percent(r.languageConfidence())),
                "reading-language");
        Span tone = TicketHeader.chip(getTranslation("reading.tone",
                getTranslation("understanding.urgency." + r.urgency()),
                getTranslation("understanding.sentiment." + r.sentiment()),
                getTranslation("understanding.phase." + (r.presale() ? "PRESALE" : "POSTSALE"))), "reading-tone");
        Span order = TicketHeader.chip(r.orderNumber() == null ? getTranslation("reading.order.none")
                : getTranslation("reading.order", r.orderNumber(),
                getTranslation("understanding.orderRule." + r.orderRule())), "reading-order");
        HorizontalLayout facts = new HorizontalLayout(category, language, tone, order);
        if (r.repeatOf() != null) {
            Span again = TicketHeader.chip(getTranslation("reading.repeat", r.repeatOf()), "reading-repeat");
            again.addClassName("chip--alert");
            facts.add(again);
        }
        facts.setWrap(true);
        add(facts);
        String named = String.join(", ", r.entities().names());
        if (!named.isEmpty()) {
            Span found = new Span(getTranslation("reading.entities", named));
            found.setId("reading-entities");
            add(found);
        }
        if (checking) {
            add(check(r, w.languages()));
        }
    }

    private HorizontalLayout check(Reading r, List<String> languages) {
        Select<Category> category = new Select<>();
        category.setId("check-category");
        category.setLabel(getTranslation("inbox.col.category"));
        List<Category> ranked = new ArrayList<>();
        r.rankedCategories().forEach(e -> {
            try {
                ranked.add(Category.valueOf(e.getKey()));
            } catch (IllegalArgumentException unknown) {
                // a label the desk no longer has
            }
        });
        for (Category c : Category.values()) {
            if (!ranked.contains(c)) {
                ranked.add(c);
            }
        }
        category.setItems(ranked);
        category.setItemLabelGenerator(c -> getTranslation("category." + c)
                + (r.categoryScores().containsKey(c.name()) ? " · " + percent(r.categoryScores().get(c.name())) : ""));
        category.setValue(r.category());
        Select<String> language = new Select<>();
        language.setId("check-language");
        language.setLabel(getTranslation("ticket.language"));
        language.setItems(languages);
        language.setItemLabelGenerator(l -> getTranslation("understanding.language." + l));
        language.setValue(languages.contains(r.language()) ? r.language() : null);
        Select<Priority> priority = new Select<>();
        priority.setId("check-priority");
        priority.setLabel(getTranslation("reading.check.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("reading.check.priority.policy")
                : getTranslation("priority." + p));
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("reading.check.priority.policy"));
        Button confirm = new Button(getTranslation("reading.check.confirm"), e -> fireEvent(new TriageChecked(this,
                category.getValue(), language.getValue(), priority.getValue())));
        confirm.setId("check-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(category, language, priority, confirm);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setId("reading-check");
        return row;
    }

    private String percent(double p) {
        return getTranslation("reading.percent", Math.round(p * 100));
    }

    Registration onChecked(ComponentEventListener<TriageChecked> listener) {
        return addListener(TriageChecked.class, listener);
    }
}
