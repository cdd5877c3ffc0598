package io.sportello.ui.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.sportello.knowledge.ArticleImport;
import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.KnowledgeSearch;
import io.sportello.knowledge.KnowledgeSearchLog;
import io.sportello.ui.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A content owner writes, publishes, corrects and restores an article, and sees what searches found nothing. */
class KnowledgeEditorViewTest extends KaribuTest {

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

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        Select<T> select = _get(Select.class, spec -> spec.withId(id));
        _setValue(select, value);
    }

    @Test
    void aSupervisorWritesAnArticlePublishesItCorrectsItAndBringsTheFirstVersionBack() {
        login("elena");
        UI.getCurrent().navigate(KnowledgeEditorView.class);
        String key = "gift-wrap-" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withId("kb-group")), key);
        choose("kb-language", "it");
        choose("kb-category", "orders");
        _setValue(_get(TextField.class, spec -> spec.withId("kb-title")), "Confezione regalo");
        _setValue(_get(TextArea.class, spec -> spec.withId("kb-body")), "## Costo\n\nLa confezione regalo costa **3 €**.");
        _click(_get(Button.class, spec -> spec.withId("kb-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("kb-state")).getText()).startsWith("Draft of version 1");
        assertThat(knowledge.article(key, "it", Audience.PUBLIC)).as("a draft is nobody's to read").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("kb-publish")));
        assertThat(search.search("confezione regalo", "it", Audience.PUBLIC, 3)).first()
                .satisfies(h -> assertThat(h.article().getGroupKey()).isEqualTo(key));

        _setValue(_get(TextArea.class, spec -> spec.withId("kb-body")), "## Costo\n\nA dicembre la confezione regalo è gratis.");
        _setValue(_get(TextField.class, spec -> spec.withId("kb-note")), "Offerta di Natale");
        _click(_get(Button.class, spec -> spec.withId("kb-publish")));
        assertThat(knowledge.article(key, "it", Audience.PUBLIC).orElseThrow().getBody()).contains("gratis");

        Grid<io.sportello.knowledge.ArticleVersion> versions = _get(Grid.class, spec -> spec.withId("kb-versions"));
        assertThat(GridKt._size(versions)).isEqualTo(2);
        _click((Button) GridKt._getCellComponent(versions, 1, "restore"));
        _click(_get(Button.class, spec -> spec.withId("kb-publish")));
        assertThat(knowledge.article(key, "it", Audience.PUBLIC).orElseThrow().getBody()).contains("3 €");
        assertThat(GridKt._size(versions)).isEqualTo(3);
    }

    @Test
    void aSecondContentOwnerSavingTheSameArticleIsToldWhoSavedItAndKeepsTheirText() {
        login("elena");
        UI.getCurrent().navigate(KnowledgeEditorView.class);
        String key = "engraving-" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withId("kb-group")), key);
        choose("kb-language", "it");
        choose("kb-category", "orders");
        _setValue(_get(TextField.class, spec -> spec.withId("kb-title")), "Incisione");
        _setValue(_get(TextArea.class, spec -> spec.withId("kb-body")), "L'incisione costa 5 €.");
        _click(_get(Button.class, spec -> spec.withId("kb-save")));
        var article = knowledge.find(key, "it").orElseThrow();

        // meanwhile the administrator, in another window, corrects the same draft
        knowledge.save(article.getId(), key, "it", new KnowledgeBase.Placement("orders", null,
                        io.sportello.knowledge.Visibility.PUBLIC, java.util.List.of()),
                new KnowledgeBase.Draft("Incisione", null, "L'incisione costa 7 €.", null),
                knowledge.base(article.getId()).orElseThrow(), false, "admin");

        _setValue(_get(TextArea.class, spec -> spec.withId("kb-body")), "L'incisione è gratuita a dicembre.");
        _click(_get(Button.class, spec -> spec.withId("kb-save")));
        var shown = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        assertThat(shown.get(shown.size() - 1).getElement().getProperty("text"))
                .startsWith("admin saved this article on").contains("Your text is still here");
        assertThat(_get(TextArea.class, spec -> spec.withId("kb-body")).getValue()).as("nothing typed is lost")
                .isEqualTo("L'incisione è gratuita a dicembre.");
        assertThat(knowledge.draftOf(article.getId()).orElseThrow().getBody()).as("the colleague's text stands")
                .isEqualTo("L'incisione costa 7 €.");

        knowledge.publish(article.getId(), "admin"); // published behind her back: also a change she has not seen
        _click(_get(Button.class, spec -> spec.withId("kb-save")));
        assertThat(knowledge.find(key, "it").orElseThrow().getBody()).isEqualTo("L'incisione costa 7 €.");
    }

    @Test
    void aContentOwnerSeesWhichSearchesFoundNothingLastWeek() {
        String odd = "monopattino zq" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        search.searchAndLog(odd, "it", Audience.PUBLIC, 3, KnowledgeSearchLog.Source.HELP_CENTRE);
        search.searchAndLog(odd, "it", Audience.PUBLIC, 3, KnowledgeSearchLog.Source.CHAT);
        login("elena");
        UI.getCurrent().navigate(KnowledgeEditorView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("kb-tabs")).setSelectedIndex(1);
        Grid<KnowledgeSearch.Unanswered> grid = _get(Grid.class, spec -> spec.withId("kb-unanswered"));
        assertThat(GridKt._findAll(grid)).anySatisfy(u -> {
            assertThat(u.query()).isEqualTo(odd);
            assertThat(u.times()).isEqualTo(2);
        });
    }

    @Test
    void agentsDoNotEditTheKnowledgeBase() {
        login("luca");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate(KnowledgeEditorView.class))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    @Autowired
    io.sportello.knowledge.ReplyTemplates templates;
    @Autowired
    io.sportello.desk.TicketDesk desk;

    @Test
    void aContentOwnerWritesAWhatsAppVersionOfATemplateAndAgentsGetItOnWhatsAppTickets() {
        login("elena");
        UI.getCurrent().navigate(KnowledgeEditorView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("kb-tabs")).setSelectedIndex(3);
        _setValue(_get(TextField.class, spec -> spec.withId("kb-template-key")), "greeting");
        choose("kb-template-language", "it");
        choose("kb-template-channel", io.sportello.shared.Channel.WHATSAPP);
        _setValue(_get(TextField.class, spec -> spec.withId("kb-template-title")), "Saluto WhatsApp");
        _setValue(_get(TextArea.class, spec -> spec.withId("kb-template-body")), "Ciao {customer}! Ci pensa {unknown}.");
        _click(_get(Button.class, spec -> spec.withId("kb-template-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("kb-template-body")).isInvalid()).as("an unknown snippet").isTrue();

        _setValue(_get(TextArea.class, spec -> spec.withId("kb-template-body")), "Ciao {customer}! Ci pensa {agent} 👋");
        _click(_get(Button.class, spec -> spec.withId("kb-template-save")));

        var whatsapp = desk.open(new io.sportello.desk.OpenTicket(io.sportello.shared.Channel.WHATSAPP, "+39333"
                        + (1000000 + new java.util.Random().nextInt(8999999)), "Gino Paoli", "Info", "Ciao, una domanda",
                null, null, "it", null, null), io.sportello.shared.Actor.system()).ticket();
        var email = desk.open(new io.sportello.desk.OpenTicket(io.sportello.shared.Channel.EMAIL, UUID.randomUUID() + "@esempio.it",
                "Gino Paoli", "Info", "Buongiorno, una domanda", null, null, "it", null, null),
                io.sportello.shared.Actor.system()).ticket();
        assertThat(templates.render("greeting", whatsapp.getId(), "Luca")).isEqualTo("Ciao Gino Paoli! Ci pensa Luca 👋");
        assertThat(templates.render("greeting", email.getId(), "Luca")).startsWith("Buongiorno Gino Paoli,");
    }

    @Test
    void aSupervisorPutsAPictureInAnArticleAndAProgramDressedAsAPictureIsTurnedAway() throws Exception {
        login("elena");
        UI.getCurrent().navigate(KnowledgeEditorView.class);
        KnowledgeEditorView view = _get(KnowledgeEditorView.class);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);

        view.uploaded("taglie.png", png.toByteArray());
        assertThat(_get(TextField.class, spec -> spec.withId("kb-group")).isInvalid()).as("no article key yet").isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("kb-files-message")).getText())
                .isEqualTo("Give the article a key first: its files belong to it.");

        String key = "size-chart-" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withId("kb-group")), key);
        _setValue(_get(TextArea.class, spec -> spec.withId("kb-body")), "Le misure sono in centimetri.");
        view.uploaded("taglie.png", png.toByteArray());
        String body = _get(TextArea.class, spec -> spec.withId("kb-body")).getValue();
        assertThat(body).startsWith("Le misure sono in centimetri.\n\n![taglie.png](/help/files/")
                .endsWith("/taglie.png)\n");
        assertThat(_get(Paragraph.class, spec -> spec.withId("kb-files-message")).getText())
                .isEqualTo("“taglie.png” is in the text; publish the article to show it to readers.");
        assertThat(_get(Div.class, spec -> spec.withId("kb-preview")).getElement().getChild(0).getOuterHTML())
                .as("the preview shows the picture").contains("<img src=\"/help/files/");
        Grid<io.sportello.knowledge.KnowledgeFile> list = _get(Grid.class, spec -> spec.withId("kb-files"));
        assertThat(GridKt._size(list)).isEqualTo(1);

        byte[] program = new byte[300];
        program[0] = 'M';
        program[1] = 'Z';
        view.uploaded("foto.png", program);
        assertThat(_get(Paragraph.class, spec -> spec.withId("kb-files-message")).getText())
                .startsWith("“foto.png” was not added: files of this type (application/");
        assertThat(_get(TextArea.class, spec -> spec.withId("kb-body")).getValue()).isEqualTo(body);
        assertThat(GridKt._size(list)).isEqualTo(1);

        _click((Button) GridKt._getCellComponent(list, 0, "insert"));
        assertThat(_get(TextArea.class, spec -> spec.withId("kb-body")).getValue()).as("inserted again where it is needed")
                .containsPattern("(?s)taglie\\.png\\).*taglie\\.png\\)");
    }
}
