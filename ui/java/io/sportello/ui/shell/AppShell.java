package io.sportello.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/**
 * Server push, so inboxes update when colleagues claim or new tasks appear; the Sportello theme: Lumo with its utility
 * classes, which the views use instead of inline styles.
 */
@Push
@Theme("sportello")
public class AppShell implements AppShellConfigurator {
}
