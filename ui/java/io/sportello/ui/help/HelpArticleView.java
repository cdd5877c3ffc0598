package io.sportello.ui.help;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Article;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.Markdown;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An article as the public reads it: in the reader's language where it is written in it (with a link to the other
 * translation), its text rendered from Markdown and sanitised, "was this helpful?", related articles, and the way to
 * the desk with the article's question carried along.
 */
@Route(value = "help/articles/:group", layout = HelpLayout.class)
@AnonymousAllowed
public class HelpArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeBase knowledge;
    private String title = "";

    public HelpArticleView(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        setMaxWidth("720px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String language = HelpLayout.language();
        String group = event.getRouteParameters().get("group").orElse("");
        Article article = knowledge.article(group, language, Audience.PUBLIC).orElseThrow(NotFoundException::new);
        knowledge.viewed(article.getId());
        title = article.getTitle();
        knowledge.findTopic(article.getCategory()).ifPresent(category -> {
            RouterLink crumb = new RouterLink(category.name(language), HelpCategoryView.class,
                    new RouteParameters("key", category.getKey()));
            crumb.setId("help-article-category");
            crumb.addClassNames(LumoUtility.FontSize.SMALL);
            add(crumb);
        });
        H1 heading = new H1(article.getTitle());
        heading.setId("help-article-title");
        add(heading);
        if (!article.getLanguage().equals(language)) {
            Paragraph only = new Paragraph(getTranslation("help.article.onlyIn",
                    getTranslation("language." + article.getLanguage())));
            only.setId("help-article-only-in");
            only.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(only);
        }
        for (String other : knowledge.languagesOf(group, Audience.PUBLIC)) {
            if (!other.equals(article.getLanguage())) {
                Button read = new Button(getTranslation("help.article.readIn." + other), e -> {
                    VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(other));
                    UI.getCurrent().getPage().reload();
                });
                read.setId("help-article-translation");
                read.addThemeName("tertiary-inline");
                add(read);
            }
        }
        Div body = new Div(new Html("<div>" + Markdown.html(article.getBody()) + "</div>"));
        body.setId("help-article-body");
        body.addClassName("help-article-body");
        add(body);
        add(feedback(article));
        List<Article> related = knowledge.related(article, Audience.PUBLIC);
        if (!related.isEmpty()) {
            add(new H2(getTranslation("help.article.related")), HelpView.links("help-article-related", related));
        }
        Paragraph still = new Paragraph(getTranslation("help.article.still"));
        String q = URLEncoder.encode(article.getTitle(), StandardCharsets.UTF_8);
        Anchor contact = new Anchor("contact?q=" + q, getTranslation("help.contact"));
        contact.setId("help-article-contact");
        Anchor chat = new Anchor("chat", getTranslation("help.chat"));
        still.add(new Span(" "), contact, new Span(" · "), chat);
        add(still);
    }

    private Div feedback(Article article) {
        Div box = new Div();
        box.setId("help-feedback");
        box.addClassNames(LumoUtility.Margin.Vertical.LARGE, LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM);
        Span question = new Span(getTranslation("help.feedback.question"));
        Button yes = new Button(getTranslation("help.feedback.yes"));
        yes.setId("help-feedback-yes");
        Button no = new Button(getTranslation("help.feedback.no"));
        no.setId("help-feedback-no");
        HorizontalLayout row = new HorizontalLayout(question, yes, no);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.addClassName(LumoUtility.FlexWrap.WRAP);
        box.add(row);
        yes.addClickListener(e -> answered(box, article, true));
        no.addClickListener(e -> answered(box, article, false));
        return box;
    }

    private void answered(Div box, Article article, boolean helped) {
        knowledge.feedback(article.getId(), helped);
        box.removeAll();
        Paragraph thanks = new Paragraph(getTranslation(helped ? "help.feedback.thanks" : "help.feedback.sorry"));
        thanks.setId("help-feedback-thanks");
        box.add(thanks);
        if (!helped) {
            Anchor contact = new Anchor("contact?q=" + URLEncoder.encode(article.getTitle(), StandardCharsets.UTF_8),
                    getTranslation("help.contact"));
            box.add(contact);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("help.title");
    }
}
