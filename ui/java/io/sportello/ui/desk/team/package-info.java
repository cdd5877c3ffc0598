/** The supervisor's team view: who works what, and handing work over. */
package io.sportello.ui.desk.team;
