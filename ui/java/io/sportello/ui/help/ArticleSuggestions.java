package io.sportello.ui.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.KnowledgeSearch;
import io.sportello.knowledge.KnowledgeSearchLog;
import java.util.List;

/**
 * Articles that may answer what a customer is writing, shown while they type (contact form, chat, portal). "This
 * answered my question" counts a deflection and tells the page, which then opens no ticket.
 */
public class ArticleSuggestions extends Div {

    static final int SHOWN = 3;
    static final int MIN_CHARACTERS = 12;

    private final KnowledgeBase knowledge;
    private final KnowledgeSearch search;
    private final KnowledgeSearchLog.Source where;
    private final TextArea watched;
    private final Runnable answered;
    private String shownFor = "";

    public ArticleSuggestions(KnowledgeBase knowledge, KnowledgeSearch search, KnowledgeSearchLog.Source where,
                              TextArea watched, Runnable answered) {
        this.knowledge = knowledge;
        this.search = search;
        this.where = where;
        this.watched = watched;
        this.answered = answered;
        setId("article-suggestions");
        addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        setVisible(false);
        watched.setValueChangeMode(ValueChangeMode.LAZY);
        watched.setValueChangeTimeout(600);
        watched.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh();
            }
        });
    }

    /** Looks again at what the customer wrote (also called when the page fills the text in itself). */
    public void refresh() {
        String text = watched.getValue() == null ? "" : watched.getValue().strip();
        if (text.length() < MIN_CHARACTERS) {
            removeAll();
            setVisible(false);
            shownFor = "";
            return;
        }
        if (text.equals(shownFor)) {
            return;
        }
        shownFor = text;
        String language = HelpLayout.language();
        List<KnowledgeSearch.Hit> hits = search.search(text, language, Audience.PUBLIC, SHOWN);
        removeAll();
        setVisible(!hits.isEmpty());
        if (hits.isEmpty()) {
            return;
        }
        Span intro = new Span(getTranslation("suggest.intro"));
        intro.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(intro);
        int i = 0;
        for (KnowledgeSearch.Hit hit : hits) {
            var article = hit.article();
            Div item = new Div();
            item.setId("suggestion-" + i);
            item.addClassNames(LumoUtility.Margin.Top.SMALL);
            Anchor title = new Anchor("help/articles/" + article.getGroupKey(), article.getTitle());
            title.setTarget("_blank");
            item.add(title);
            if (article.getSummary() != null) {
                Paragraph summary = new Paragraph(article.getSummary());
                summary.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                item.add(summary);
            }
            Button solved = new Button(getTranslation("suggest.answered"), e -> {
                knowledge.deflected(article.getGroupKey(), article.getLanguage(), where, text);
                removeAll();
                Paragraph glad = new Paragraph(getTranslation("suggest.glad"));
                glad.setId("suggestion-glad");
                add(glad);
                answered.run();
            });
            solved.setId("suggestion-answered-" + i);
            solved.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(solved);
            add(item);
            i++;
        }
    }
}
