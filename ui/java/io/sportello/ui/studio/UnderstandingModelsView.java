package io.sportello.ui.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.shared.RuleViolationException;
import io.sportello.understanding.Evaluation;
import io.sportello.understanding.TrainingExample;
import io.sportello.understanding.UnderstandingModel;
import io.sportello.understanding.UnderstandingModels;
import io.sportello.ui.shell.DeskZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The models that read every message, for process owners and admins: each version with the data it learnt from,
 * who trained it and why, its figures on the held-out corpus (accuracy and macro-F1 per language; precision, recall
 * and F1 per category; the confusion matrix) and how it reads the agents' corrections. Retrain now (the corrections
 * waiting are listed) or roll back to the version before.
 */
@Route("studio/understanding")
@Menu(title = "menu.understanding", order = 6)
@RolesAllowed({Role.Names.PROCESS_OWNER, Role.Names.ADMIN})
public class UnderstandingModelsView extends VerticalLayout implements HasDynamicTitle {

    private final UnderstandingModels models;
    private final SportelloUser me;
    private final DateTimeFormatter when;

    final Grid<UnderstandingModel> versions = new Grid<>();
    final Button retrain = new Button();
    final Button rollback = new Button();
    final Paragraph waiting = new Paragraph();
    final Select<String> language = new Select<>();
    final Grid<Map.Entry<String, Evaluation.PerLabel>> perCategory = new Grid<>();
    final Grid<Map.Entry<String, Map<String, Integer>>> confusion = new Grid<>();
    final Grid<Evaluation.CorrectionCheck> corrections = new Grid<>();
    final Paragraph figures = new Paragraph();
    private UnderstandingModel selected;

    public UnderstandingModelsView(UnderstandingModels models, CurrentUser currentUser, DeskZone zone) {
        this.models = models;
        this.me = currentUser.require();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone.get());
        setSizeFull();
        H2 title = new H2(getTranslation("models.title"));
        Paragraph intro = new Paragraph(getTranslation("models.intro"));

        retrain.setText(getTranslation("models.retrain"));
        retrain.setId("models-retrain");
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrain.setDisableOnClick(true);
        retrain.addClickListener(e -> {
            UnderstandingModel v = models.retrain(me.actor(), UnderstandingModel.Reason.ON_DEMAND);
            Notification.show(getTranslation("models.retrained", v.getVersion()), 4000, Notification.Position.BOTTOM_START);
            refresh();
            retrain.setEnabled(true);
        });
        rollback.setText(getTranslation("models.rollback"));
        rollback.setId("models-rollback");
        rollback.addClickListener(e -> {
            try {
                UnderstandingModel v = models.rollback(me.actor());
                Notification.show(getTranslation("models.rolledBack", v.getVersion()), 4000,
                        Notification.Position.BOTTOM_START);
            } catch (RuleViolationException refused) {
                Notification.show(getTranslation("error.rule." + refused.rule()), 5000,
                        Notification.Position.BOTTOM_START);
            }
            refresh();
        });
        waiting.setId("models-waiting");

        versions.setId("models-versions");
        versions.addColumn(UnderstandingModel::getVersion).setHeader(getTranslation("models.col.version")).setAutoWidth(true);
        versions.addColumn(v -> v.isActive() ? getTranslation("models.active") : "").setHeader(getTranslation("models.col.active"))
                .setAutoWidth(true);
        versions.addColumn(v -> when.format(v.getTrainedAt())).setHeader(getTranslation("models.col.trainedAt")).setAutoWidth(true);
        versions.addColumn(v -> v.getTrainedBy() == null ? getTranslation("models.bySystem") : v.getTrainedBy())
                .setHeader(getTranslation("models.col.by")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation("models.reason." + v.getReason())).setHeader(getTranslation("models.col.reason"))
                .setAutoWidth(true);
        versions.addColumn(UnderstandingModel::getExamples).setHeader(getTranslation("models.col.examples")).setAutoWidth(true);
        versions.addColumn(UnderstandingModel::getCorrectionsUsed).setHeader(getTranslation("models.col.corrections"))
                .setAutoWidth(true);
        versions.addColumn(v -> f1(v, "it")).setHeader(getTranslation("models.col.f1", "it")).setAutoWidth(true);
        versions.addColumn(v -> f1(v, "en")).setHeader(getTranslation("models.col.f1", "en")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(v -> {
            selected = v;
            showEvaluation();
        }));

        language.setId("models-language");
        language.setLabel(getTranslation("ticket.language"));
        language.setItemLabelGenerator(l -> getTranslation("understanding.language." + l));
        language.addValueChangeListener(e -> showEvaluation());
        figures.setId("models-figures");

        perCategory.setId("models-per-category");
        perCategory.addColumn(e -> getTranslation("category." + e.getKey())).setHeader(getTranslation("inbox.col.category"))
                .setAutoWidth(true);
        perCategory.addColumn(e -> pct(e.getValue().precision())).setHeader(getTranslation("models.col.precision"));
        perCategory.addColumn(e -> pct(e.getValue().recall())).setHeader(getTranslation("models.col.recall"));
        perCategory.addColumn(e -> pct(e.getValue().f1())).setHeader(getTranslation("models.col.categoryF1"));
        perCategory.addColumn(e -> e.getValue().support()).setHeader(getTranslation("models.col.support"));
        perCategory.setAllRowsVisible(true);
        confusion.setId("models-confusion");
        confusion.setAllRowsVisible(true);
        corrections.setId("models-corrections");
        corrections.addColumn(c -> getTranslation("understanding.language." + c.language())).setHeader(getTranslation("ticket.language"));
        corrections.addColumn(c -> getTranslation("category." + c.expected())).setHeader(getTranslation("models.col.expected"));
        corrections.addColumn(c -> getTranslation("category." + c.read())).setHeader(getTranslation("models.col.read"));
        corrections.addColumn(c -> getTranslation(c.right() ? "models.right" : "models.wrong")).setHeader("");
        corrections.setAllRowsVisible(true);

        add(title, intro, new HorizontalLayout(retrain, rollback), waiting, versions, language, figures,
                new H3(getTranslation("models.perCategory")), perCategory, new H3(getTranslation("models.confusion")),
                new Paragraph(getTranslation("models.confusion.explained")), confusion,
                new H3(getTranslation("models.corrections")), corrections);
        refresh();
    }

    void refresh() {
        List<UnderstandingModel> all = models.versions();
        versions.setItems(all);
        List<TrainingExample> pending = models.newCorrections();
        waiting.setText(getTranslation("models.waiting", pending.size()));
        rollback.setEnabled(all.size() > 1);
        all.stream().filter(UnderstandingModel::isActive).findFirst().or(() -> all.stream().findFirst())
                .ifPresent(versions::select);
    }

    private void showEvaluation() {
        if (selected == null) {
            return;
        }
        Evaluation e = models.evaluation(selected);
        List<String> languages = new ArrayList<>(e.languages().keySet());
        if (!languages.equals(language.getListDataView().getItems().toList())) {
            language.setItems(languages);
        }
        if (language.getValue() == null && !languages.isEmpty()) {
            language.setValue(languages.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : languages.get(0));
            return;
        }
        Evaluation.LanguageFigures f = e.languages().get(language.getValue());
        if (f == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        f.aspects().forEach((aspect, fig) -> parts.add(getTranslation("models.aspect." + aspect, pct(fig.accuracy()),
                pct(fig.macroF1()))));
        figures.setText(getTranslation("models.figures", selected.getVersion(), f.messages(), String.join("; ", parts)));
        perCategory.setItems(f.categories().entrySet());
        confusion.removeAllColumns();
        TreeSet<String> labels = new TreeSet<>(f.confusion().keySet());
        f.confusion().values().forEach(row -> labels.addAll(row.keySet()));
        confusion.addColumn(row -> getTranslation("category." + row.getKey())).setHeader(getTranslation("models.actual"))
                .setAutoWidth(true).setFrozen(true);
        for (String predicted : labels) {
            confusion.addColumn(row -> row.getValue().getOrDefault(predicted, 0))
                    .setHeader(getTranslation("category." + predicted)).setAutoWidth(true);
        }
        confusion.setItems(f.confusion().entrySet());
        corrections.setItems(e.corrections());
    }

    private String f1(UnderstandingModel v, String language) {
        double f = models.evaluation(v).categoryMacroF1(language);
        return f == 0 ? "—" : pct(f);
    }

    private String pct(double value) {
        return getTranslation("reading.percent", Math.round(value * 100));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.title");
    }
}
