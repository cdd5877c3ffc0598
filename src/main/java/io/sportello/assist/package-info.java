/**
 * Automatic answers the desk writes itself: the self-service reply to "where is my order?" built from
 * order and shipment data, and reminders to customers who have not answered. Texts come from the i18n
 * bundles in the ticket's language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "shared", "ticket"})
package io.sportello.assist;
