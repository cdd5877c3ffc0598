/**
 * What an administrator watches beyond the dead letters: reactions to events (outbox, analytics facts, chat
 * bookkeeping) that did not complete, kept by Spring Modulith's event publication registry, with a way to run them
 * again; they are also retried in the background and at every start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
        allowedDependencies = {"intake", "ticket"})
package io.sportello.operations;
