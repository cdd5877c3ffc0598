package io.sportello.ui.help;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Analyzers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frame of every help-centre page: the search box, the language switch (Italian, English) and the ways to the
 * desk. Narrow and readable on a phone; no sign-in.
 */
public class HelpLayout extends Div implements RouterLayout {

    private final Main content = new Main();
    final TextField search = new TextField();

    public HelpLayout() {
        addClassName("help-centre");
        setMaxWidth("820px");
        addClassNames(LumoUtility.Margin.Horizontal.AUTO, LumoUtility.Padding.MEDIUM);
        RouterLink home = new RouterLink(getTranslation("help.title"), HelpView.class);
        home.setId("help-home");
        home.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.HEADER);
        Div languages = new Div();
        languages.setId("help-languages");
        for (String language : Analyzers.LANGUAGES) {
            Button b = new Button(getTranslation("language." + language), e -> switchTo(language));
            b.setId("help-language-" + language);
            b.addThemeName("tertiary-inline");
            b.setEnabled(!language.equals(language()));
            b.addClassName(LumoUtility.Margin.Left.SMALL);
            languages.add(b);
        }
        HorizontalLayout top = new HorizontalLayout(home, languages);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.addClassName(LumoUtility.FlexWrap.WRAP);

        search.setId("help-search");
        search.setPlaceholder(getTranslation("help.search.placeholder"));
        search.setAriaLabel(getTranslation("help.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setMaxLength(200);
        search.addKeyPressListener(Key.ENTER, e -> openSearch(search.getValue()));
        Button go = new Button(getTranslation("help.search.button"), e -> openSearch(search.getValue()));
        go.setId("help-search-button");
        go.addThemeName("primary");
        HorizontalLayout box = new HorizontalLayout(search, go);
        box.setWidthFull();
        box.expand(search);

        Header header = new Header(top, box);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Bottom.MEDIUM);
        content.setWidthFull();
        Anchor contact = new Anchor("contact", getTranslation("help.contact"));
        contact.setId("help-footer-contact");
        Anchor chat = new Anchor("chat", getTranslation("help.chat"));
        chat.setId("help-footer-chat");
        Footer footer = new Footer(new Div(getTranslation("help.footer")), contact, new Div(" · "), chat);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Margin.Top.XLARGE,
                LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        footer.addClassName(LumoUtility.FlexWrap.WRAP);
        add(header, content, footer);
    }

    void openSearch(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        UI.getCurrent().navigate("help/search", new QueryParameters(Map.of("q", List.of(query.strip()))));
    }

    private void switchTo(String language) {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().getPage().reload();
    }

    /** The language the help centre speaks to this reader: theirs if articles are written in it, else Italian. */
    static String language() {
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : null;
        String l = locale == null ? "it" : locale.getLanguage();
        return Analyzers.LANGUAGES.contains(l) ? l : "it";
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.removeAll();
        content.getElement().appendChild(page.getElement());
    }
}
