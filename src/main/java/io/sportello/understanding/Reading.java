package io.sportello.understanding;

import io.sportello.ticket.Category;
import io.sportello.ticket.Sentiment;
import java.util.List;
import java.util.Map;

/**
 * What the desk read in a ticket's first message, as the lifecycle's understanding step hands it to triage: the
 * language, the category (the customer's own choice on a form stands), urgency, sentiment, whether the customer has
 * not bought yet, each with the model's confidence; the category's alternatives; the entities; the order and the
 * rule that found it; whether a person should check the reading before triage trusts it; and whether the customer
 * writes informally (the automatic answers follow their register); and the ticket of the same customer about the
 * same order or topic in the week before, when they are writing again (urgency is then high: a repeated contact).
 */
public record Reading(Long ticketId, String modelVersion, String language, double languageConfidence,
                      boolean languageFallback, Category category, double categoryConfidence, boolean categoryChosen,
                      Map<String, Double> categoryScores, String urgency, double urgencyConfidence,
                      Sentiment sentiment, double sentimentConfidence, boolean presale, double phaseConfidence,
                      Entities entities, String orderNumber, OrderMatch.Rule orderRule, boolean needsCheck,
                      boolean informal, String repeatOf, boolean answerable) {

    public Reading {
        categoryScores = categoryScores == null ? Map.of() : Map.copyOf(categoryScores);
    }

    /** Whether the desk may answer about the order by itself (see {@link TicketReader}). */
    public boolean orderKnown() {
        return orderNumber != null && answerable;
    }

    /** The categories in order of the model's probability, the most likely first. */
    public List<Map.Entry<String, Double>> rankedCategories() {
        return categoryScores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
    }
}
