/**
 * Automatic answers the desk writes itself: the self-service assistant (its reading of a customer's turn — a request
 * for a person, a thank-you, an order-status question, a question the knowledge base answers — and what it writes:
 * the live order status, an article's facts and link, a question for the order number, the handover to a person with
 * a summary), and reminders to customers who have not answered. The {@code self-service} process decides what it
 * does; texts come from the i18n bundles in the ticket's language and the customer's register.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "knowledge", "shared", "ticket",
        "understanding"})
package io.sportello.assist;
