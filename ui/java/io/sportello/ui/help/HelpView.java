package io.sportello.ui.help;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Article;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.Topic;
import java.util.List;

/** The help centre's first page: every category with its sections and articles, and the most read ones. */
@Route(value = "help", layout = HelpLayout.class)
@AnonymousAllowed
public class HelpView extends Div implements HasDynamicTitle {

    public HelpView(KnowledgeBase knowledge) {
        String language = HelpLayout.language();
        add(new H1(getTranslation("help.welcome")));
        List<Article> popular = knowledge.mostViewed(50).stream().filter(Audience.PUBLIC::mayRead)
                .filter(a -> a.getLanguage().equals(language)).limit(5).toList();
        if (!popular.isEmpty()) {
            add(new H2(getTranslation("help.popular")));
            add(links("help-popular", popular));
        }
        Div grid = new Div();
        grid.setId("help-categories");
        grid.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.LARGE);
        grid.addClassName("help-category-grid");
        List<Article> published = knowledge.published(language, null, Audience.PUBLIC);
        for (Topic category : knowledge.categories()) {
            // the most read first: what most customers come for
            List<Article> of = published.stream().filter(a -> a.getCategory().equals(category.getKey()))
                    .sorted(java.util.Comparator.comparingLong(Article::getViews).reversed()).toList();
            if (of.isEmpty()) {
                continue;
            }
            Div card = new Div();
            card.setId("help-category-" + category.getKey());
            RouterLink title = new RouterLink(category.name(language), HelpCategoryView.class,
                    new RouteParameters("key", category.getKey()));
            H2 heading = new H2(title);
            heading.addClassNames(LumoUtility.FontSize.LARGE);
            card.add(heading);
            if (category.description(language) != null) {
                Paragraph description = new Paragraph(category.description(language));
                description.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                card.add(description);
            }
            card.add(links(null, of.stream().limit(5).toList()));
            if (of.size() > 5) {
                card.add(new RouterLink(getTranslation("help.category.all", of.size()), HelpCategoryView.class,
                        new RouteParameters("key", category.getKey())));
            }
            grid.add(card);
        }
        add(grid);
    }

    /** A list of links to articles. */
    static UnorderedList links(String id, List<Article> articles) {
        UnorderedList list = new UnorderedList();
        if (id != null) {
            list.setId(id);
        }
        for (Article a : articles) {
            RouterLink link = new RouterLink(a.getTitle(), HelpArticleView.class, new RouteParameters("group", a.getGroupKey()));
            list.add(new ListItem(link));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title");
    }
}
