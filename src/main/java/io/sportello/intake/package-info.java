/**
 * Intake: every way a message reaches the desk (e-mail over IMAP, the web contact form, live chat, phone calls logged
 * by agents, signed webhooks and the WhatsApp Cloud API) and every way a reply leaves it (SMTP, channel adapters).
 * A message from outside is stored raw in the {@code inbound_message} table before anything else can fail, deduplicated
 * by its source id, and only then turned into a ticket or a message of an existing one; what cannot be processed stays
 * there as a dead letter with its reason until an administrator retries it. Replies leave through an outbox after the
 * transaction commits, with retries and without sending twice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "customer", "desk", "proactive", "security", "shared", "survey", "ticket"})
package io.sportello.intake;
