package io.sportello.ui.help;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeSearch;
import io.sportello.knowledge.KnowledgeSearchLog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a search found, best first, each with its summary; when nothing fits, the way to the desk with the search
 * already written in the message. Every search is logged (the ones that found nothing tell content owners what to
 * write next).
 */
@Route(value = "help/search", layout = HelpLayout.class)
@AnonymousAllowed
public class HelpSearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int RESULTS = 10;

    private final KnowledgeSearch search;

    public HelpSearchView(KnowledgeSearch search) {
        this.search = search;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        String language = HelpLayout.language();
        event.getUI().getChildren().filter(HelpLayout.class::isInstance).map(HelpLayout.class::cast).findFirst()
                .ifPresent(layout -> layout.search.setValue(query));
        H1 heading = new H1(getTranslation("help.search.title", query));
        heading.setId("help-search-title");
        add(heading);
        List<KnowledgeSearch.Hit> hits = query.isEmpty() ? List.of()
                : search.searchAndLog(query, language, Audience.PUBLIC, RESULTS, KnowledgeSearchLog.Source.HELP_CENTRE);
        Div results = new Div();
        results.setId("help-results");
        for (KnowledgeSearch.Hit hit : hits) {
            Div result = new Div();
            result.addClassName("help-result");
            result.addClassNames(LumoUtility.Margin.Bottom.MEDIUM);
            RouterLink link = new RouterLink(hit.article().getTitle(), HelpArticleView.class,
                    new RouteParameters("group", hit.article().getGroupKey()));
            link.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
            result.add(link);
            if (hit.article().getSummary() != null) {
                Paragraph summary = new Paragraph(hit.article().getSummary());
                summary.addClassNames(LumoUtility.Margin.Top.XSMALL, LumoUtility.TextColor.SECONDARY);
                result.add(summary);
            }
            results.add(result);
        }
        add(results);
        Paragraph contact = new Paragraph(getTranslation(hits.isEmpty() ? "help.search.none" : "help.search.notThere"));
        contact.setId("help-search-none");
        Anchor write = new Anchor("contact?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                getTranslation("help.search.write"));
        write.setId("help-search-contact");
        contact.add(new com.vaadin.flow.component.html.Span(" "), write);
        add(contact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.search.button") + " · " + getTranslation("help.title");
    }
}
