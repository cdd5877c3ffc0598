/**
 * The Vaadin user interface, by feature as the server is: {@code shell} (sign-in, the main layout with its
 * role-aware menu and language switch, the home page, live updates), {@code desk.inbox}, {@code desk.workspace}
 * and {@code desk.team} for agents and supervisors, {@code customer} for the pages customers use (portal, contact
 * form, chat, survey), {@code admin}, {@code studio}, {@code audit}, {@code analytics}, and {@code component} for
 * what several of them share. Uses only other modules' APIs, never engine types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"analytics", "audit", "commerce", "customer", "desk", "intake", "knowledge", "operations", "routing", "security", "shared", "sla", "survey", "ticket", "understanding", "workflow :: runtime", "workflow :: studio", "workflow :: history"})
package io.sportello.ui;
