package io.sportello.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import io.sportello.ticket.Direction;
import io.sportello.ticket.TicketMessage;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A ticket's conversation as one reader sees it — the agent's workspace, the customer's portal and the live chat
 * show the same thread, each through its {@link Reader}: who wrote a message, what it says in the reader's
 * language, and what goes under it (attachments, delivery state). Messages are plain elements, not components, so a
 * long thread stays light to render and to send. Styled by the theme ({@code .conversation}, {@code .message}).
 */
public class Conversation extends Div {

    /** How one reader sees a message. */
    public interface Reader {
        /** The author as this reader names them ("You" for the customer's own messages). */
        String author(TicketMessage message);

        /** The text; a note the desk wrote itself is told in the reader's language. */
        String body(TicketMessage message);

        /** What follows the text: attachments, the state of its delivery. */
        default List<Component> below(TicketMessage message) {
            return List.of();
        }
    }

    private final String messageClass;

    // messageClass: a class each message also carries for the page it is on, or null
    public Conversation(String id, String messageClass) {
        this.messageClass = messageClass;
        setId(id);
        addClassName("conversation");
        setWidthFull();
    }

    public void show(List<TicketMessage> messages, DateTimeFormatter when, Reader reader) {
        removeAll();
        for (TicketMessage m : messages) {
            Div card = new Div();
            card.addClassName("message");
            if (messageClass != null) {
                card.addClassName(messageClass);
            }
            card.addClassName(m.isInternalNote() ? "message--note"
                    : m.getDirection() == Direction.INBOUND ? "message--inbound" : "message--outbound");
            card.getElement().setAttribute("data-visibility", m.getVisibility().name());
            card.getElement().setAttribute("data-from", m.getDirection() == Direction.INBOUND ? "customer" : "desk");
            Element meta = new Element("div");
            meta.getClassList().add("message__meta");
            meta.setText(reader.author(m) + " · " + when.format(m.getCreatedAt()));
            Element body = new Element("p");
            body.getClassList().add("message__body");
            body.setText(reader.body(m));
            card.getElement().appendChild(meta, body);
            reader.below(m).forEach(card::add);
            add(card);
        }
    }
}
