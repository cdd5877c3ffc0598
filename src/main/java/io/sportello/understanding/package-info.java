/**
 * Understanding what a customer wrote, in Italian or English, in-process and offline: the entities in the text
 * (order numbers, carrier tracking codes, e-mail addresses, phone numbers, amounts) and which of the customer's
 * orders the message is about. The classifiers (language, category, urgency, sentiment) and the lifecycle step that
 * runs them before triage build on this (issue 14).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Understanding",
        allowedDependencies = {"shared", "commerce"})
package io.sportello.understanding;
