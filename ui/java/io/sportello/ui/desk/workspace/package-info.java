/** The ticket workspace: header, action bar, conversation, composer, customer panel and the dialogs of the desk's actions. */
package io.sportello.ui.desk.workspace;
