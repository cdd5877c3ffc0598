package io.sportello.understanding;

import io.sportello.shared.Actor;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the desk learns from people: an agent's category for a ticket — a correction of the desk's reading, or the
 * confirmation of one it was unsure of — kept with the ticket's first message as a training example for the next
 * model version (see {@link UnderstandingModels#retrain}).
 */
@Service
public class TriageLearning {

    private final TicketService tickets;
    private final TicketReader reader;
    private final UnderstandingModels models;
    private final LanguageDetection languages;

    TriageLearning(TicketService tickets, TicketReader reader, UnderstandingModels models, LanguageDetection languages) {
        this.tickets = tickets;
        this.reader = reader;
        this.models = models;
        this.languages = languages;
    }

    /** The languages the desk serves (and its models read). */
    public List<String> languages() {
        return languages.languages();
    }

    /** A person says the ticket's category is {@code category}. */
    @Transactional
    public void corrected(Long ticketId, String category, Actor by) {
        keep(ticketId, category, by);
    }

    /** A person confirmed the category the desk was unsure of. */
    @Transactional
    public void confirmed(Long ticketId, String category, Actor by) {
        keep(ticketId, category, by);
    }

    private void keep(Long ticketId, String category, Actor by) {
        Ticket ticket = tickets.get(ticketId);
        String text = reader.text(ticket);
        if (text.isBlank()) {
            return;
        }
        var reading = reader.reading(ticketId);
        models.learn(ticketId, ticket.getLanguage(), text, category,
                reading.map(r -> r.categoryChosen() ? null : r.category().name()).orElse(null),
                reading.map(Reading::modelVersion).orElse(null), by);
    }
}
