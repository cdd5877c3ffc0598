/** The application shell: sign-in, the main layout and menu, the home page per role, the desk time zone, translations and the live-update broadcasters every view listens to. */
package io.sportello.ui.shell;
