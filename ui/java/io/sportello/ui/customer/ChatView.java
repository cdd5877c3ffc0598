package io.sportello.ui.customer;

import io.sportello.ui.shell.AgentPresence;
import io.sportello.ui.shell.DeskZone;
import io.sportello.ui.shell.MessageBroadcaster;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.shared.FieldException;
import io.sportello.intake.LiveChat;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Direction;
import io.sportello.ticket.TicketMessage;
import io.sportello.ui.component.Conversation;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The customer's live chat (public, no sign-in). Starts with name, e-mail and the question; messages then flow both
 * ways by server push. Leaving the page ends the chat (abandoned if no agent had answered). With no agent online the
 * customer can leave the message for an answer by e-mail.
 */
@Route(value = "chat", autoLayout = false)
@AnonymousAllowed
public class ChatView extends VerticalLayout implements HasDynamicTitle {

    private final java.time.ZoneId zone;

    private final LiveChat chat;
    private final AgentPresence presence;
    private final MessageBroadcaster messages;
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextArea first = new TextArea();
    final Conversation transcript = new Conversation("chat-transcript", "chat-line");
    final TextArea input = new TextArea();
    final Paragraph status = new Paragraph();
    final EmailField proofEmail = new EmailField();
    final TextField code = new TextField();
    private final Button prove = new Button();
    /** The visitor's request to prove an address, and once proven, that address (kept on the server side only). */
    private Long proofId;
    private String provenAddress;
    private Long sessionId;
    private Long ticketId;
    private Runnable unregister;

    private final io.sportello.ui.help.ArticleSuggestions suggestions;

    public ChatView(LiveChat chat, AgentPresence presence, MessageBroadcaster messages, DeskZone zone,
                    io.sportello.knowledge.KnowledgeBase knowledge, io.sportello.knowledge.KnowledgeSearch search) {
        this.chat = chat;
        // articles that may answer the question while it is typed: answered there, no chat and no ticket
        this.suggestions = new io.sportello.ui.help.ArticleSuggestions(knowledge, search,
                io.sportello.knowledge.KnowledgeSearchLog.Source.CHAT, first, () -> first.clear());
        this.zone = zone.get();
        this.presence = presence;
        this.messages = messages;
        setMaxWidth("560px");
        prove.addClickListener(e -> prove());
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
        showStart();
    }

    private void showStart() {
        removeAll();
        name.setLabel(getTranslation("contact.name"));
        name.setId("chat-name");
        name.setWidthFull();
        email.setLabel(getTranslation("contact.email"));
        email.setId("chat-email");
        email.setWidthFull();
        first.setLabel(getTranslation("chat.question"));
        first.setId("chat-first");
        first.setWidthFull();
        status.setId("chat-status");
        add(new H1(getTranslation("chat.title")));
        if (presence.anyoneOnline()) {
            status.setText(getTranslation("chat.online"));
            Button start = new Button(getTranslation("chat.start"), e -> start());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("chat-start");
            add(status, name, email, first, suggestions, start);
        } else {
            status.setText(getTranslation("chat.offline"));
            Button leave = new Button(getTranslation("chat.leaveMessage"), e -> leaveMessage());
            leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            leave.setId("chat-leave-message");
            add(status, name, email, first, suggestions, leave);
        }
        if (provenAddress != null) {
            email.setValue(provenAddress);
            email.setReadOnly(true);
        } else {
            // earlier messages are shown only to a visitor who proves the address (a code by e-mail)
            Button resume = new Button(getTranslation("chat.continue"), e -> showProof());
            resume.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            resume.setId("chat-continue");
            add(resume);
        }
    }

    /** Continuing an earlier conversation: the address is proven with a code mailed to it, then the chat goes on. */
    private void showProof() {
        removeAll();
        proofEmail.setLabel(getTranslation("contact.email"));
        proofEmail.setId("chat-proof-email");
        proofEmail.setWidthFull();
        proofEmail.setInvalid(false);
        code.setLabel(getTranslation("chat.continue.code"));
        code.setId("chat-code");
        code.setMaxLength(12);
        code.setVisible(proofId != null);
        Paragraph intro = new Paragraph(getTranslation("chat.continue.intro"));
        status.setText("");
        Button send = new Button(getTranslation("chat.continue.sendCode"), e -> requestCode());
        send.setId("chat-send-code");
        prove.setText(getTranslation("chat.continue.prove"));
        prove.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prove.setId("chat-prove");
        prove.setVisible(proofId != null);
        Button back = new Button(getTranslation("chat.continue.back"), e -> showStart());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("chat-back");
        add(new H1(getTranslation("chat.title")), intro, proofEmail, send, status, code,
                new HorizontalLayout(prove, back));
    }

    private void requestCode() {
        try {
            proofId = chat.requestCode(proofEmail.getValue(), getLocale().getLanguage(), ClientAddress.current());
            proofEmail.setInvalid(false);
            status.setText(getTranslation("chat.continue.sent"));
            code.clear();
            code.setVisible(true);
            prove.setVisible(true);
        } catch (FieldException e) {
            proofEmail.setErrorMessage(getTranslation("contact.error.email"));
            proofEmail.setInvalid(true);
        } catch (io.sportello.intake.ContactForm.TooManyRequestsException e) {
            status.setText(getTranslation("contact.error.rate"));
        }
    }

    private void prove() {
        if (proofId == null) {
            return;
        }
        switch (chat.prove(proofId, code.getValue())) {
            case WRONG -> {
                code.setErrorMessage(getTranslation("chat.continue.wrong"));
                code.setInvalid(true);
            }
            case SPENT -> {
                code.setErrorMessage(getTranslation("chat.continue.spent"));
                code.setInvalid(true);
                proofId = null;
            }
            case PROVEN -> {
                provenAddress = chat.provenAddress(proofId);
                var continued = chat.continueChat(proofId);
                if (continued.isPresent()) {
                    sessionId = continued.get().sessionId();
                    ticketId = continued.get().ticketId();
                    showConversation();
                } else {
                    showStart();
                    status.setText(getTranslation("chat.continue.none", provenAddress));
                }
            }
        }
    }

    private void start() {
        try {
            LiveChat.Started started = provenAddress != null
                    ? chat.startProven(proofId, name.getValue(), first.getValue(), getLocale().getLanguage(),
                            ClientAddress.current())
                    : chat.start(name.getValue(), email.getValue(), first.getValue(),
                    getLocale().getLanguage(), ClientAddress.current());
            sessionId = started.sessionId();
            ticketId = started.ticketId();
            showConversation();
        } catch (FieldException e) {
            fieldError(e);
        } catch (io.sportello.intake.ContactForm.TooManyRequestsException e) {
            status.setText(getTranslation("contact.error.rate"));
        } catch (RuleViolationException e) {
            // the proof held for half an hour: the visitor proves the address again
            provenAddress = null;
            proofId = null;
            showProof();
        }
    }

    private void leaveMessage() {
        try {
            String number = chat.leaveMessage(name.getValue(), email.getValue(), first.getValue(),
                    getLocale().getLanguage(), ClientAddress.current());
            removeAll();
            Paragraph done = new Paragraph(getTranslation("chat.left", number));
            done.setId("chat-status");
            add(new H1(getTranslation("chat.title")), done);
        } catch (FieldException e) {
            fieldError(e);
        } catch (io.sportello.intake.ContactForm.TooManyRequestsException e) {
            status.setText(getTranslation("contact.error.rate"));
        }
    }

    private void fieldError(FieldException e) {
        switch (e.field()) {
            case "name" -> {
                name.setErrorMessage(getTranslation("contact.error.name"));
                name.setInvalid(true);
            }
            case "email" -> {
                email.setErrorMessage(getTranslation("contact.error.email"));
                email.setInvalid(true);
            }
            default -> {
                first.setErrorMessage(getTranslation("textLength".equals(e.field()) ? "chat.error.textLength"
                        : "chat.error.text"));
                first.setInvalid(true);
            }
        }
    }

    /** The visitor asked for a person: they are told one is coming until an agent answers. */
    private boolean humanRequested;

    private void showConversation() {
        removeAll();
        transcript.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.Overflow.AUTO, "chat-transcript");
        input.setId("chat-input");
        input.setWidthFull();
        input.setPlaceholder(getTranslation("chat.placeholder"));
        Button send = new Button(getTranslation("chat.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("chat-send");
        send.addClickShortcut(Key.ENTER);
        Button end = new Button(getTranslation("chat.end"), e -> end());
        end.setId("chat-end");
        // while the assistant answers, the visitor can ask for a person at any moment
        Button human = new Button(getTranslation("chat.human"), e -> {
            try {
                // false: a person has the conversation already, or it was resolved — the status says which
                humanRequested = chat.requestHuman(sessionId);
                e.getSource().setEnabled(false);
                refresh();
            } catch (RuleViolationException ended) {
                status.setText(getTranslation("chat.ended"));
            }
        });
        human.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        human.setId("chat-human");
        status.setId("chat-status");
        HorizontalLayout actions = new HorizontalLayout(send, human, end);
        actions.setWrap(true); // three buttons do not fit side by side on a phone
        add(new H1(getTranslation("chat.title")), status, transcript, input, actions);
        refresh();
        register(UI.getCurrent());
    }

    private void send() {
        try {
            chat.write(sessionId, input.getValue());
            input.clear();
            refresh();
        } catch (FieldException e) {
            input.setErrorMessage("textLength".equals(e.field()) ? getTranslation("chat.error.textLength") : null);
            input.setInvalid(true);
        } catch (RuleViolationException e) {
            status.setText(getTranslation("chat.ended"));
        }
    }

    private void end() {
        chat.end(sessionId);
        status.setText(getTranslation("chat.ended"));
        input.setEnabled(false);
    }

    void refresh() {
        if (sessionId == null) {
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        transcript.show(chat.transcript(sessionId), when, new Conversation.Reader() {
            @Override
            public String author(TicketMessage m) {
                if (m.getDirection() == Direction.INBOUND) {
                    return getTranslation("portal.you");
                }
                return m.isFromAssistant() ? getTranslation("chat.assistant") : m.getAuthorName();
            }

            @Override
            public String body(TicketMessage m) {
                return m.getBodyText() == null ? "" : m.getBodyText();
            }
        });
        var session = chat.session(sessionId);
        if (session.isOpen()) {
            status.setText(session.getFirstAgentReplyAt() != null ? getTranslation("chat.connected")
                    : getTranslation(humanRequested ? "chat.humanRequested" : "chat.waiting"));
        } else {
            status.setText(getTranslation("chat.ended"));
        }
    }

    private void register(UI ui) {
        if (unregister == null && ui != null) {
            unregister = messages.register(added -> {
                if (added.ticketId().equals(ticketId)) {
                    ui.access(this::refresh);
                }
            });
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (sessionId != null) {
            register(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        if (sessionId != null) {
            // the customer left: a chat nobody answered yet counts as abandoned
            chat.end(sessionId);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chat.title");
    }
}
