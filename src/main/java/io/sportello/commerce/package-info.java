/**
 * The orders, shipments and returns the desk can see: a read model fed by the shop and the carriers
 * (demo data here). It answers "where is my order?" without an agent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.sportello.commerce;
