/** Administration: messages that could not be processed and reactions that did not complete, to look at and retry. */
package io.sportello.ui.admin;
