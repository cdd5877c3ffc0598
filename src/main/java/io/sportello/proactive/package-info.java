/**
 * Proactive care: what the desk tells customers about their parcels before they ask, and the tickets it opens when a
 * person must act. The parcel-watch process decides (its DMN table); this module carries the decisions out — a notice
 * on the customer's channel in their language from the bundle templates, held back in quiet hours and capped per
 * customer, each kept once ({@code parcel_notification}) and sent by intake's outbox; a proactive L1 ticket with the
 * order attached; the news written on a ticket the customer already opened about the order — and records each in the
 * order's history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "customer", "shared", "ticket"})
package io.sportello.proactive;
