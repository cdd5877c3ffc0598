/**
 * The Vaadin user interface: sign-in, the main layout with a role-aware menu and language switch, and
 * the views. Uses only other modules' APIs and the workflow work-item facade, never engine types.
 */
package io.sportello.ui;
