package io.sportello.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Server push, so inboxes update when colleagues claim or new tasks appear. */
@Push
public class AppShell implements AppShellConfigurator {
}
