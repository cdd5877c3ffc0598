/**
 * The public help centre at {@code /help}: categories and their sections, search, article pages in Italian and
 * English with "was this helpful?", related articles and a way to the desk that carries the search along.
 */
package io.sportello.ui.help;
