package io.sportello.ui.customer;

import io.sportello.ui.shell.AgentPresence;
import io.sportello.ui.desk.workspace.TicketView;
import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.ChatSession;
import io.sportello.intake.LiveChat;
import io.sportello.shared.Channel;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer's chat window, and what the agent sees of it in the workspace. */
class ChatViewTest extends KaribuTest {

    @Autowired
    AgentPresence presence;
    @Autowired
    LiveChat chat;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;

    Runnable lucaOffline;

    @AfterEach
    void agentsLeave() {
        if (lucaOffline != null) {
            lucaOffline.run();
        }
    }

    private String startChat(String email) {
        UI.getCurrent().navigate(ChatView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("chat-name")), "Marta Riva");
        _setValue(_get(EmailField.class, spec -> spec.withId("chat-email")), email);
        _setValue(_get(TextArea.class, spec -> spec.withId("chat-first")), "Il mio ordine risulta ancora in preparazione");
        _click(_get(Button.class, spec -> spec.withId("chat-start")));
        return email;
    }

    @Test
    void withAnAgentOnlineTheCustomerChatsAndTheWaitIsRecorded() {
        lucaOffline = presence.online("luca", "tab-1");
        startChat("marta." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-status")).getText()).isEqualTo("Waiting for an agent…");
        ChatView view = _get(ChatView.class);
        Ticket ticket = tickets.getByNumber(ticketNumberOf(view));
        assertThat(ticket.getChannel()).isEqualTo(Channel.CHAT);
        ChatSession session = chat.latestOf(ticket.getId()).orElseThrow();
        assertThat(session.getStatus()).isEqualTo(ChatSession.Status.WAITING);

        clock.pin(clock.instant().plus(Duration.ofSeconds(95)));
        desk.claim(ticket.getNumber(), users.get("luca"));
        desk.agentReply(ticket.getNumber(), "Ciao Marta, parte oggi pomeriggio.", users.get("luca"));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Div.class, spec -> spec.withId("chat-transcript")).getElement().getTextRecursively())
                .contains("Il mio ordine risulta ancora in preparazione", "Ciao Marta, parte oggi pomeriggio.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-status")).getText()).isEqualTo("An agent is with you.");
        ChatSession answered = chat.latestOf(ticket.getId()).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(ChatSession.Status.ACTIVE);
        assertThat(answered.waited(clock.instant())).isEqualTo(Duration.ofSeconds(95));

        _setValue(_get(TextArea.class, spec -> spec.withId("chat-input")), "Grazie mille!");
        _click(_get(Button.class, spec -> spec.withId("chat-send")));
        assertThat(tickets.messages(ticket.getId())).extracting(m -> m.getBodyText()).contains("Grazie mille!");
    }

    private String ticketNumberOf(ChatView view) {
        return tickets.search(new io.sportello.ticket.TicketFilter(null, null, null, null, java.util.Set.of(Channel.CHAT),
                        null, null, null, null, null), org.springframework.data.domain.PageRequest.of(0, 1,
                        org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")))
                .getContent().get(0).getNumber();
    }

    @Test
    void aCustomerWhoLeavesBeforeAnyAnswerIsAnAbandonedChatAndTheAgentSeesIt() {
        lucaOffline = presence.online("luca", "tab-2");
        startChat("paolo." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
        String number = ticketNumberOf(_get(ChatView.class));
        Ticket ticket = tickets.getByNumber(number);
        clock.pin(clock.instant().plus(Duration.ofSeconds(40)));
        UI.getCurrent().navigate(ContactView.class); // the customer goes away

        ChatSession session = chat.latestOf(ticket.getId()).orElseThrow();
        assertThat(session.getStatus()).isEqualTo(ChatSession.Status.ABANDONED);
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(TicketEventType.CHAT_ABANDONED);
            assertThat(e.getReason()).isEqualTo(io.sportello.ticket.HistoryReason.of(
                    io.sportello.ticket.HistoryReason.CHAT_LEFT_AFTER, 0, 40));
        });

        login("luca");
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", number));
        assertThat(_get(Span.class, spec -> spec.withId("chat-banner")).getText())
                .isEqualTo("Chat abandoned: the customer left after 0 min 40 s without an answer");
    }

    @Test
    void withNobodyOnlineTheMessageBecomesAnEmailTicket() {
        assertThat(presence.anyoneOnline()).isFalse();
        UI.getCurrent().navigate(ChatView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-status")).getText()).startsWith("Nobody is online");
        _setValue(_get(TextField.class, spec -> spec.withId("chat-name")), "Ugo Serra");
        _setValue(_get(EmailField.class, spec -> spec.withId("chat-email")), "ugo." + UUID.randomUUID().toString().substring(0, 6) + "@example.it");
        _setValue(_get(TextArea.class, spec -> spec.withId("chat-first")), "Posso pagare con bonifico?");
        _click(_get(Button.class, spec -> spec.withId("chat-leave-message")));

        String text = _get(Paragraph.class, spec -> spec.withId("chat-status")).getText();
        assertThat(text).contains("we answer by e-mail");
        String number = text.replaceAll(".*(SP-\\d+).*", "$1");
        assertThat(tickets.getByNumber(number).getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(_find(Button.class, spec -> spec.withId("chat-start"))).isEmpty();
    }

    /** Asks for a code in the chat window and types it in (a wrong one first when {@code wrongFirst}). */
    private void prove(String address, int codesBefore, boolean wrongFirst) {
        _click(_get(Button.class, spec -> spec.withId("chat-continue")));
        _setValue(_get(EmailField.class, spec -> spec.withId("chat-proof-email")), address);
        _click(_get(Button.class, spec -> spec.withId("chat-send-code")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-status")).getText())
                .startsWith("If we know this address, we have just sent it a code");
        org.awaitility.Awaitility.await().atMost(io.sportello.SurveyLinks.MAIL_WAIT).until(() ->
                io.sportello.SurveyLinks.receivedBy(greenMail, address).size() > codesBefore);
        String code = io.sportello.SurveyLinks.chatCode(greenMail, address);
        if (wrongFirst) {
            _setValue(_get(TextField.class, spec -> spec.withId("chat-code")), otherThan(code, 1));
            _click(_get(Button.class, spec -> spec.withId("chat-prove")));
            assertThat(_get(TextField.class, spec -> spec.withId("chat-code")).getErrorMessage())
                    .isEqualTo("That code is not right. Please check the e-mail and try again.");
        }
        _setValue(_get(TextField.class, spec -> spec.withId("chat-code")), code);
        _click(_get(Button.class, spec -> spec.withId("chat-prove")));
    }

    @Test
    void aCustomerProvesTheirAddressWithTheMailedCodeAndSeesTheirEarlierConversation() {
        lucaOffline = presence.online("luca", "tab-3");
        String address = "ripresa." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        chat.leaveMessage("Marta Riva", address, "Una domanda sul mio ordine", "it"); // the desk knows her address

        UI.getCurrent().navigate(ChatView.class);
        prove(address, io.sportello.SurveyLinks.receivedBy(greenMail, address).size(), false);
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-status")).getText())
                .startsWith("Address confirmed");
        assertThat(_get(EmailField.class, spec -> spec.withId("chat-email")).isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("chat-name")), "Marta Riva");
        _setValue(_get(TextArea.class, spec -> spec.withId("chat-first")), "Il mio ordine risulta ancora in preparazione");
        _click(_get(Button.class, spec -> spec.withId("chat-start")));
        String number = ticketNumberOf(_get(ChatView.class));
        desk.agentReply(number, "Ciao Marta, parte oggi pomeriggio.", users.get("luca"));
        UI.getCurrent().navigate(ContactView.class); // the chat window is closed

        UI.getCurrent().navigate(ChatView.class);
        prove(address, io.sportello.SurveyLinks.receivedBy(greenMail, address).size(), true);
        assertThat(_get(Div.class, spec -> spec.withId("chat-transcript")).getElement().getTextRecursively())
                .contains("Il mio ordine risulta ancora in preparazione", "Ciao Marta, parte oggi pomeriggio.");
        _setValue(_get(TextArea.class, spec -> spec.withId("chat-input")), "E se non sono in casa?");
        _click(_get(Button.class, spec -> spec.withId("chat-send")));
        assertThat(tickets.messages(tickets.getByNumber(number).getId())).extracting(m -> m.getBodyText())
                .contains("E se non sono in casa?");
    }

    @Test
    void aVisitorWhoOnlyTypesAnAddressSeesNothingOfItsConversations() {
        lucaOffline = presence.online("luca", "tab-4");
        String address = startChat("altrui." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
        UI.getCurrent().navigate(ContactView.class);

        UI.getCurrent().navigate(ChatView.class);
        _click(_get(Button.class, spec -> spec.withId("chat-continue")));
        _setValue(_get(EmailField.class, spec -> spec.withId("chat-proof-email")), address);
        _click(_get(Button.class, spec -> spec.withId("chat-send-code")));
        String code = io.sportello.SurveyLinks.chatCode(greenMail, address); // in the customer's mailbox, not here
        for (int i = 1; i <= 5; i++) {
            _setValue(_get(TextField.class, spec -> spec.withId("chat-code")), otherThan(code, i));
            _click(_get(Button.class, spec -> spec.withId("chat-prove")));
        }
        assertThat(_get(TextField.class, spec -> spec.withId("chat-code")).getErrorMessage())
                .startsWith("This code no longer works");
        assertThat(_find(Div.class, spec -> spec.withId("chat-transcript"))).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.sportello.knowledge.ArticleImport imports;

    @Test
    void theAssistantAnswersInTheChatAndTheVisitorCanAskForAPersonWithOneClick() {
        imports.importFolder("classpath:knowledge/demo", "elena");
        lucaOffline = presence.online("luca", "tab-bot");
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        UI.getCurrent().navigate(ChatView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("chat-name")), "Nadia Reso");
        _setValue(_get(EmailField.class, spec -> spec.withId("chat-email")),
                "nadia." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
        _setValue(_get(TextArea.class, spec -> spec.withId("chat-first")), "quanto tempo ho per fare un reso?");
        _click(_get(Button.class, spec -> spec.withId("chat-start")));
        String transcript = _get(Div.class, spec -> spec.withId("chat-transcript")).getElement().getTextRecursively();
        assertThat(transcript).as("the assistant, by its name in the visitor's language, with the article's answer")
                .contains("Assistente Sportello").contains("30 giorni").contains("/help/articles/return-window");
        String number = ticketNumberOf(_get(ChatView.class));
        assertThat(desk.allowedActions(number, users.get("luca")).allows(io.sportello.desk.DeskAction.CLAIM))
                .as("an agent may take the conversation over").isTrue();

        _click(_get(Button.class, spec -> spec.withId("chat-human")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-status")).getText())
                .isEqualTo("Un operatore la raggiungerà a breve.");
        assertThat(_get(Div.class, spec -> spec.withId("chat-transcript")).getElement().getTextRecursively())
                .containsAnyOf("La passo a un collega", "Ti passo a un collega");
        assertThat(_get(Button.class, spec -> spec.withId("chat-human")).isEnabled()).isFalse();
        Ticket ticket = tickets.getByNumber(number);
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> assertThat(e.getReason()).isEqualTo(
                io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.ASSISTANT_HANDED_OVER,
                        io.sportello.ticket.HistoryReason.key("assistant.handover.reason.ASKED"))));
    }

    /** A code that is surely wrong: the real one with its last digit moved on by {@code step} (1–9). */
    private static String otherThan(String code, int step) {
        return code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + step) % 10);
    }
}
