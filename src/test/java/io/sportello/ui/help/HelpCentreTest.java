package io.sportello.ui.help;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.sportello.knowledge.ArticleImport;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.KnowledgeSearch;
import io.sportello.ui.KaribuTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public help centre as a customer uses it: browse, search in their words, read, say whether it helped. */
class HelpCentreTest extends KaribuTest {

    @Autowired
    ArticleImport imports;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    KnowledgeSearch search;

    @BeforeEach
    void demoArticles() {
        imports.importFolder("classpath:knowledge/demo", "elena");
    }

    private void searchFor(String query) {
        UI.getCurrent().navigate("help/search", new QueryParameters(Map.of("q", List.of(query))));
    }

    private List<String> resultTitles() {
        return _find(_get(Div.class, spec -> spec.withId("help-results")), RouterLink.class).stream()
                .map(RouterLink::getText).toList();
    }

    @Test
    void anItalianCustomerAsksHowLongTheyHaveForAReturnReadsTheAnswerAndSaysItHelped() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(HelpView.class);
        assertThat(_get(Div.class, spec -> spec.withId("help-categories")).getElement().getTextRecursively())
                .contains("Resi e rimborsi", "Spedizioni e consegna", "Come posso pagare?");

        searchFor("quanto tempo ho per fare un reso?");
        assertThat(resultTitles()).first().isEqualTo("Quanto tempo ho per fare un reso?");

        UI.getCurrent().navigate("help/articles/return-window");
        assertThat(_get(H1.class, spec -> spec.withId("help-article-title")).getText())
                .isEqualTo("Quanto tempo ho per fare un reso?");
        assertThat(_get(_get(Div.class, spec -> spec.withId("help-article-body")), com.vaadin.flow.component.Html.class)
                .getInnerHtml()).contains("30 giorni", "<h2").doesNotContain("<script");
        long helpfulBefore = knowledge.find("return-window", "it").orElseThrow().getHelpful();
        _click(_get(Button.class, spec -> spec.withId("help-feedback-yes")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("help-feedback-thanks")).getText())
                .isEqualTo("Grazie per il Suo riscontro!");
        assertThat(knowledge.find("return-window", "it").orElseThrow().getHelpful()).isEqualTo(helpfulBefore + 1);
        assertThat(_get(Button.class, spec -> spec.withId("help-article-translation")).getText())
                .isEqualTo("Read in English");
    }

    @Test
    void anEnglishReaderGetsTheEnglishArticlesAndNeverAnInternalOne() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        searchFor("how long do i have to send something back");
        assertThat(resultTitles()).first().isEqualTo("How long do I have to return something?");
        searchFor("approvare rimborso buono cortesia");
        assertThat(resultTitles()).doesNotContain("Approving refunds and goodwill vouchers (internal)",
                "Approvazione di rimborsi e buoni di cortesia (interno)");
        assertThat(knowledge.article("refund-approval", "en", Audience.PUBLIC)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("help/articles/refund-approval"))
                .as("an internal article is not found").isInstanceOf(com.vaadin.flow.router.NotFoundException.class);
    }

    @Test
    void aSearchThatFindsNothingLeadsToTheDeskWithTheQuestionWrittenAndIsListedForTheContentOwners() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        var from = clock.instant();
        searchFor("bitcoin ethereum");
        assertThat(resultTitles()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("help-search-none")).getText())
                .startsWith("Non abbiamo trovato articoli");
        String href = _get(Anchor.class, spec -> spec.withId("help-search-contact")).getHref();
        assertThat(URLDecoder.decode(href, StandardCharsets.UTF_8)).isEqualTo("contact?q=bitcoin ethereum");
        assertThat(search.withoutResults(from, clock.instant().plus(1, ChronoUnit.MINUTES), 10))
                .extracting(KnowledgeSearch.Unanswered::query).contains("bitcoin ethereum");

        UI.getCurrent().navigate("contact", new QueryParameters(Map.of("q", List.of("bitcoin ethereum"))));
        assertThat(_get(TextArea.class, spec -> spec.withId("contact-message")).getValue())
                .isEqualTo("bitcoin ethereum");
    }

    @Test
    void theContactFormSuggestsTheArticleWhileTheCustomerWritesAndAnAnswerThereOpensNoTicket() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        var from = clock.instant();
        UI.getCurrent().navigate(io.sportello.ui.customer.ContactView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("contact-message")),
                "Buongiorno, entro quanti giorni posso fare il reso delle scarpe?");
        Div suggestions = _get(Div.class, spec -> spec.withId("article-suggestions"));
        assertThat(_get(suggestions, Anchor.class, spec -> spec.withText("Quanto tempo ho per fare un reso?")).getHref())
                .isEqualTo("help/articles/return-window");
        _click(_find(suggestions, Button.class).get(0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("suggestion-glad")).getText()).startsWith("Siamo contenti");
        assertThat(knowledge.deflections(from, clock.instant().plusSeconds(1)))
                .containsEntry(io.sportello.knowledge.KnowledgeSearchLog.Source.CONTACT_FORM, 1L);
    }
}
