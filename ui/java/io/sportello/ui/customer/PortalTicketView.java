package io.sportello.ui.customer;

import io.sportello.ui.shell.DeskZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.intake.CustomerPortal;
import io.sportello.intake.CustomerPortal.PortalCustomer;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Direction;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ui.component.Conversation;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One of the customer's tickets: the public conversation, a reply box, and the satisfaction question once it is
 * resolved. Another customer's ticket number gives the same "not found" as a number that does not exist.
 */
@Route(value = "portal/ticket/:number", autoLayout = false)
@AnonymousAllowed
public class PortalTicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final java.time.ZoneId zone;

    private final CustomerPortal portal;
    final Conversation conversation = new Conversation("portal-conversation", "portal-message");
    private PortalCustomer who;
    private String number;

    public PortalTicketView(CustomerPortal portal, DeskZone zone) {
        this.portal = portal;
        this.zone = zone.get();
        setMaxWidth("900px");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = PortalSession.current();
        if (current.isEmpty()) {
            event.forwardTo(PortalLoginView.class);
            return;
        }
        who = current.get();
        number = event.getRouteParameters().get("number").orElse("");
        render();
    }

    private void render() {
        removeAll();
        Ticket ticket;
        try {
            ticket = portal.ticket(who, number);
        } catch (NotFoundException e) {
            Paragraph missing = new Paragraph(getTranslation("portal.ticket.notFound", number));
            missing.setId("portal-not-found");
            add(missing, new Anchor("portal", getTranslation("portal.back")));
            return;
        }
        add(new Anchor("portal", getTranslation("portal.back")));
        add(new H2(ticket.getNumber() + " · " + ticket.getSubject()));
        add(new Paragraph(getTranslation("portal.status." + ticket.getStatus())));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        conversation.show(portal.conversation(who, number), when, new Conversation.Reader() {
            @Override
            public String author(TicketMessage m) {
                return m.getDirection() == Direction.INBOUND ? getTranslation("portal.you")
                        : m.isFromAssistant() ? getTranslation("chat.assistant") : m.getAuthorName();
            }

            @Override
            public String body(TicketMessage m) {
                return m.getBodyText() == null ? "" : m.getBodyText();
            }
        });
        add(conversation);
        portal.openSurvey(who, number).ifPresent(s -> add(new SurveyForm(
                (score, comment) -> portal.answerOwn(who, number, score, comment), ticket.getSubject())));
        TextArea reply = new TextArea(getTranslation("portal.reply"));
        reply.setWidthFull();
        reply.setMinHeight("6em");
        reply.setId("portal-reply");
        Button send = new Button(getTranslation("portal.send"), e -> {
            try {
                portal.reply(who, number, reply.getValue());
                render();
            } catch (io.sportello.shared.FieldException ex) {
                reply.setErrorMessage(getTranslation("portal.reply.empty"));
                reply.setInvalid(true);
            } catch (RuleViolationException ex) {
                reply.setErrorMessage(getTranslation("portal.reply.closed"));
                reply.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("portal-send");
        add(reply, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
