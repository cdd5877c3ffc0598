/**
 * Reply templates agents insert into their answers, with snippets filled from the ticket, the customer
 * and the order (order number, carrier, tracking code and link, expected delivery).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "customer", "ticket"})
package io.sportello.knowledge;
