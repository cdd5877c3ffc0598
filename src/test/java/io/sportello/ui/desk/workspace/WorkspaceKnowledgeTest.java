package io.sportello.ui.desk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.knowledge.ArticleImport;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Ticket;
import io.sportello.ui.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agent finds the article that answers the ticket beside it and puts it into the reply in one click. */
class WorkspaceKnowledgeTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    ArticleImport imports;

    @BeforeEach
    void demoArticles() {
        imports.importFolder("classpath:knowledge/demo", "elena");
    }

    private Ticket open(String subject, String text) {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Rita Levi", subject, text,
                null, null, "it", null, null), Actor.system()).ticket();
    }

    @Test
    void theReturnsArticleIsSuggestedForAReturnsQuestionAndGoesIntoTheReplyInOneClick() {
        Ticket ticket = open("Reso", "Buongiorno, quanto tempo ho per fare un reso delle scarpe?");
        login("luca");
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));

        assertThat(_get(Details.class, spec -> spec.withId("knowledge-result-0")).getSummaryText())
                .isEqualTo("Quanto tempo ho per fare un reso?");
        assertThat(_get(Details.class, spec -> spec.withId("knowledge-briefing")).getSummaryText())
                .as("this period's briefing, in the agent's language").startsWith("Briefing: Black Friday 2026");
        _click(_get(Button.class, spec -> spec.withId("knowledge-insert-link-0")));
        assertThat(_get(TextArea.class, spec -> spec.withId("composer")).getValue())
                .isEqualTo("Quanto tempo ho per fare un reso?: http://localhost:8080/help/articles/return-window");

        _click(_get(Button.class, spec -> spec.withId("knowledge-insert-part-0")));
        assertThat(_get(TextArea.class, spec -> spec.withId("composer")).getValue())
                .contains("30 giorni", "Maggiori dettagli qui: http://localhost:8080/help/articles/return-window");
    }

    @Test
    void anInternalArticleIsForTheAgentToReadNotForTheReply() {
        Ticket ticket = open("Buono", "Potete darmi un buono per il ritardo?");
        login("luca");
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));
        _setValue(_get(TextField.class, spec -> spec.withId("knowledge-search")), "approvare rimborso buono di cortesia");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(_get(TextField.class, spec -> spec.withId("knowledge-search")),
                new com.vaadin.flow.component.KeyPressEvent(_get(TextField.class, spec -> spec.withId("knowledge-search")),
                        "Enter"));
        Details first = _get(Details.class, spec -> spec.withId("knowledge-result-0"));
        assertThat(first.getSummaryText()).contains("interno");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("knowledge-insert-link-0"))).isEmpty();
    }

    @Test
    void theReturnTemplateIsSuggestedAndInsertedWithTheCustomersName() {
        Ticket ticket = open("Reso", "Vorrei restituire un articolo: come funziona la procedura di reso?");
        login("luca");
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));
        Button suggested = _get(Button.class, spec -> spec.withId("knowledge-template-0"));
        assertThat(suggested.getText()).isEqualTo("Procedura di reso");
        _click(suggested);
        assertThat(_get(TextArea.class, spec -> spec.withId("composer")).getValue()).startsWith("Buongiorno Rita Levi,")
                .contains("30 giorni").doesNotContain("{customer}");
    }

    @Autowired
    io.sportello.knowledge.KnowledgeBase knowledge;

    @Test
    void anAgentTurnsTheirAnswerIntoADraftArticleForTheContentOwners() {
        Ticket ticket = open("Spedizione a Livigno", "Spedite anche a Livigno?");
        var luca = users.get("luca");
        desk.claim(ticket.getNumber(), luca);
        desk.agentReply(ticket.getNumber(), "Purtroppo non spediamo a Livigno né a Campione d'Italia: sono zone "
                + "extradoganali e il corriere non le serve.", luca);
        login("luca");
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));
        _click(_get(Button.class, spec -> spec.withId("knowledge-to-article")));

        String group = "draft-" + ticket.getNumber().toLowerCase(java.util.Locale.ROOT);
        var draft = knowledge.find(group, "it").orElseThrow();
        assertThat(draft.isPublished()).as("a draft, for the content owners to publish").isFalse();
        assertThat(draft.getVisibility()).isEqualTo(io.sportello.knowledge.Visibility.INTERNAL);
        assertThat(knowledge.draftOf(draft.getId()).orElseThrow()).satisfies(v -> {
            assertThat(v.getTitle()).isEqualTo("Spedizione a Livigno");
            assertThat(v.getBody()).startsWith("Purtroppo non spediamo a Livigno");
            assertThat(v.getAuthor()).isEqualTo("luca");
        });
        assertThat(knowledge.article(group, "it", io.sportello.knowledge.Audience.PUBLIC)).isEmpty();
    }
}
