/**
 * Customers and the identities they use on each channel (e-mail address, phone number, chat e-mail,
 * WhatsApp number, social handle). Every channel resolves an identity to one customer, so the desk
 * sees one person with one cross-channel history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.sportello.customer;
