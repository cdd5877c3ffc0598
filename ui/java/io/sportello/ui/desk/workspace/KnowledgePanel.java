package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Article;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.KnowledgeSearch;
import io.sportello.knowledge.KnowledgeSearchLog;
import io.sportello.knowledge.Markdown;
import io.sportello.ticket.Direction;
import io.sportello.ticket.TicketMessage;
import java.util.List;

/**
 * The articles that answer the ticket, found from what the customer wrote (and searchable by the agent): one click
 * puts the article's link, or its part that answers the customer, into the reply. Internal articles are shown for the
 * agent to read, never offered for a reply.
 */
class KnowledgePanel extends VerticalLayout {

    static final int SUGGESTIONS = 4;

    private final KnowledgeBase knowledge;
    private final KnowledgeSearch search;
    final TextField query = new TextField();
    final Div results = new Div();
    final Div templates = new Div();
    final Details briefing = new Details();
    private String language = "it";
    private String ticketText = "";
    private io.sportello.ticket.Ticket ticket;
    private String lastAnswer;
    private List<KnowledgeSearch.Hit> suggested = List.of();
    final Button toArticle = new Button();
    private final io.sportello.knowledge.ReplyTemplates replyTemplates;
    private final io.sportello.security.SportelloUser agent;

    KnowledgePanel(KnowledgeBase knowledge, KnowledgeSearch search, io.sportello.knowledge.ReplyTemplates replyTemplates,
                   io.sportello.security.SportelloUser agent) {
        this.knowledge = knowledge;
        this.search = search;
        this.replyTemplates = replyTemplates;
        this.agent = agent;
        setPadding(false);
        setSpacing(false);
        setId("knowledge-panel");
        query.setPlaceholder(getTranslation("kbpanel.search"));
        query.setAriaLabel(getTranslation("kbpanel.search"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setId("knowledge-search");
        query.addKeyPressListener(Key.ENTER, e -> searched());
        results.setId("knowledge-results");
        results.setWidthFull();
        Span title = new Span(getTranslation("kbpanel.title"));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        templates.setId("knowledge-templates");
        briefing.setId("knowledge-briefing");
        briefing.setWidthFull();
        briefing.setVisible(false);
        toArticle.setText(getTranslation("kbpanel.toArticle"));
        toArticle.setId("knowledge-to-article");
        toArticle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toArticle.setVisible(false);
        toArticle.addClickListener(e -> draftFromAnswer());
        add(briefing, title, query, results, templates, toArticle);
    }

    /** This period's briefing for the agent (closed until opened), in the agent's language where it is written in it. */
    private void showBriefing() {
        var article = knowledge.briefing(getLocale() == null ? "it" : getLocale().getLanguage());
        briefing.setVisible(article.isPresent());
        article.ifPresent(a -> {
            briefing.setSummaryText(getTranslation("kbpanel.briefing", a.getTitle()));
            briefing.removeAll();
            Div body = new Div(new com.vaadin.flow.component.Html("<div>" + Markdown.html(a.getBody()) + "</div>"));
            body.addClassNames("help-article-body", LumoUtility.FontSize.SMALL);
            briefing.add(body);
        });
    }

    /** The reply templates that fit the ticket's text, each inserted (filled in for this ticket) with one click. */
    private void showTemplates() {
        List<io.sportello.knowledge.ReplyTemplates.Template> suggested = replyTemplates.suggest(ticket, ticketText, 2);
        templates.removeAll();
        if (suggested.isEmpty()) {
            return;
        }
        Span heading = new Span(getTranslation("kbpanel.templates"));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        templates.add(heading);
        int i = 0;
        for (var t : suggested) {
            Button insert = new Button(t.title(), e -> fireEvent(new Insert(this,
                    replyTemplates.render(t.id(), ticket.getId(), agent.getDisplayName()))));
            insert.setId("knowledge-template-" + i++);
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            templates.add(new Div(insert));
        }
    }

    /**
     * Suggestions for the ticket now open, from its subject and the customer's latest words: articles and templates,
     * looked for again only when those words change (the workspace redraws on every change of the ticket), and the
     * briefing, read once.
     */
    void show(io.sportello.ticket.Ticket ticket, List<TicketMessage> messages) {
        if (this.ticket == null) {
            showBriefing();
        }
        this.ticket = ticket;
        language = ticket.getLanguage() == null ? "it" : ticket.getLanguage();
        lastAnswer = messages.stream().filter(m -> m.getDirection() == Direction.OUTBOUND
                        && m.getVisibility() == io.sportello.ticket.Visibility.PUBLIC
                        && m.getAuthorKind() == io.sportello.shared.Actor.Kind.USER)
                .map(TicketMessage::getBodyText).filter(t -> t != null && t.strip().length() >= 40)
                .reduce((a, b) -> b).orElse(null);
        toArticle.setVisible(lastAnswer != null);
        StringBuilder text = new StringBuilder(ticket.getSubject() == null ? "" : ticket.getSubject());
        messages.stream().filter(m -> m.getDirection() == Direction.INBOUND).reduce((a, b) -> b)
                .ifPresent(m -> text.append(' ').append(m.getBodyText() == null ? "" : m.getBodyText()));
        if (text.toString().equals(ticketText) && !results.getChildren().findAny().isEmpty()) {
            return; // the same ticket text: keep what the agent is looking at
        }
        ticketText = text.toString();
        list(search.search(ticketText, language, Audience.STAFF, SUGGESTIONS));
        showTemplates();
    }

    private void searched() {
        if (query.getValue().isBlank()) {
            list(search.search(ticketText, language, Audience.STAFF, SUGGESTIONS));
            return;
        }
        list(search.searchAndLog(query.getValue(), language, Audience.STAFF, SUGGESTIONS, KnowledgeSearchLog.Source.AGENT));
    }

    private void list(List<KnowledgeSearch.Hit> hits) {
        suggested = hits;
        results.removeAll();
        if (hits.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("kbpanel.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            results.add(none);
        }
        int i = 0;
        for (KnowledgeSearch.Hit hit : hits) {
            results.add(item(hit.article(), i++));
        }
    }

    private Details item(Article article, int index) {
        Markdown.Part part = KnowledgeBase.bestPart(article, query.getValue().isBlank() ? ticketText : query.getValue());
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (article.getSummary() != null) {
            Paragraph summary = new Paragraph(article.getSummary());
            summary.addClassNames(LumoUtility.FontSize.SMALL);
            content.add(summary);
        }
        Paragraph excerpt = new Paragraph(part.text());
        excerpt.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        excerpt.addClassName("keep-lines");
        content.add(excerpt);
        var link = knowledge.publicLink(article);
        if (link.isPresent()) {
            Button insertLink = new Button(getTranslation("kbpanel.insertLink"),
                    e -> fireEvent(new Insert(this, article.getTitle() + ": " + link.get())));
            insertLink.setId("knowledge-insert-link-" + index);
            Button insertPart = new Button(getTranslation("kbpanel.insertPart"), e -> fireEvent(new Insert(this,
                    part.text() + "\n\n" + getTranslation(java.util.Locale.forLanguageTag(article.getLanguage()), "kbpanel.more",
                    link.get()))));
            insertPart.setId("knowledge-insert-part-" + index);
            for (Button b : List.of(insertLink, insertPart)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            HorizontalLayout buttons = new HorizontalLayout(insertLink, insertPart);
            buttons.addClassName(LumoUtility.FlexWrap.WRAP);
            content.add(buttons);
        } else {
            Span internal = new Span(getTranslation("kbpanel.internal"));
            internal.getElement().getThemeList().add("badge contrast");
            content.add(internal);
        }
        Details details = new Details(article.getTitle(), content);
        details.setId("knowledge-result-" + index);
        details.setWidthFull();
        return details;
    }

    /**
     * "Turn this answer into an article": the agent's last public answer on the ticket becomes an internal draft
     * (titled after the ticket, in its language, in the category of the article that fits best) for the content
     * owners to rewrite and publish; once made, the same button opens nothing new.
     */
    private void draftFromAnswer() {
        if (ticket == null || lastAnswer == null) {
            return;
        }
        String group = "draft-" + ticket.getNumber().toLowerCase(java.util.Locale.ROOT);
        if (knowledge.find(group, language).isPresent()) {
            com.vaadin.flow.component.notification.Notification.show(getTranslation("kbpanel.toArticle.exists"));
            return;
        }
        String category = suggested.stream().map(h -> h.article().getCategory()).findFirst()
                .orElseGet(() -> knowledge.categories().stream().map(io.sportello.knowledge.Topic::getKey).findFirst().orElse(null));
        if (category == null) {
            return;
        }
        String subject = ticket.getSubject() == null || ticket.getSubject().isBlank() ? ticket.getNumber() : ticket.getSubject();
        knowledge.create(group, language, new KnowledgeBase.Placement(category, null,
                        io.sportello.knowledge.Visibility.INTERNAL, List.of()),
                new KnowledgeBase.Draft(subject.length() > 200 ? subject.substring(0, 200) : subject, null,
                        lastAnswer, getTranslation(java.util.Locale.forLanguageTag(language), "kbpanel.toArticle.note",
                        ticket.getNumber())), agent.getUsername());
        com.vaadin.flow.component.notification.Notification.show(getTranslation("kbpanel.toArticle.done"));
    }

    /** The agent chose text from an article for the reply. */
    static class Insert extends ComponentEvent<KnowledgePanel> {
        final String text;

        Insert(KnowledgePanel source, String text) {
            super(source, false);
            this.text = text;
        }
    }

    Registration onInsert(ComponentEventListener<Insert> listener) {
        return addListener(Insert.class, listener);
    }
}
