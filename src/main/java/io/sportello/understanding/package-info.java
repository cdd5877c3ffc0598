/**
 * Understanding what a customer wrote, in Italian or English, in-process and offline: the entities in the text
 * (order numbers, carrier tracking codes, e-mail addresses, phone numbers, amounts) and which of the customer's
 * orders the message is about; the models that judge language, category, urgency, sentiment and phase, their
 * versions, evaluations and the desk's corrections they learn from; and the lifecycle's understanding step
 * ({@link io.sportello.understanding.TicketReader}) that reads every ticket's first message before triage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Understanding",
        allowedDependencies = {"shared", "commerce", "ticket", "security"})
package io.sportello.understanding;
