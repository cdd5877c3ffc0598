package io.sportello.ui.help;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.knowledge.Article;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.Topic;
import java.util.List;

/** One category: its sections, each with its articles (articles in no section at the end). */
@Route(value = "help/categories/:key", layout = HelpLayout.class)
@AnonymousAllowed
public class HelpCategoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeBase knowledge;
    private String title = "";

    public HelpCategoryView(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String language = HelpLayout.language();
        Topic category = knowledge.findTopic(event.getRouteParameters().get("key").orElse(null))
                .filter(Topic::isCategory).orElseThrow(NotFoundException::new);
        title = category.name(language);
        H1 heading = new H1(title);
        heading.setId("help-category-title");
        add(heading);
        if (category.description(language) != null) {
            add(new Paragraph(category.description(language)));
        }
        List<Article> articles = knowledge.published(language, category.getKey(), Audience.PUBLIC);
        for (Topic section : knowledge.sections(category.getKey())) {
            List<Article> of = articles.stream().filter(a -> section.getKey().equals(a.getSection())).toList();
            if (!of.isEmpty()) {
                add(new H2(section.name(language)), HelpView.links("help-section-" + section.getKey(), of));
            }
        }
        List<Article> loose = articles.stream().filter(a -> a.getSection() == null
                || knowledge.sections(category.getKey()).stream().noneMatch(s -> s.getKey().equals(a.getSection()))).toList();
        if (!loose.isEmpty()) {
            add(new H2(getTranslation("help.category.other")), HelpView.links("help-section-other", loose));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("help.title");
    }
}
