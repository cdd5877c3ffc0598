/**
 * Demo data for the {@code demo} profile: demo users (one per role, password "demo"), customers with
 * orders and shipments, and weeks of tickets produced by driving the real processes on a moving clock.
 * Never enabled in production.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "customer", "desk", "intake", "knowledge", "proactive", "routing", "security", "shared", "sla", "survey", "ticket", "workflow :: runtime"})
package io.sportello.demo;
