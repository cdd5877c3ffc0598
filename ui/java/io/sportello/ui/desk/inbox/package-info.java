/** The agents' inbox: my work, my team's queue and everything open, filtered and live. */
package io.sportello.ui.desk.inbox;
