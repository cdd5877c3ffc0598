/**
 * Auditor views, strictly read-only: ticket search by number, customer, agent, dates, category, outcome and SLA
 * breach; per ticket the merged timeline and the diagram of each process version it ran under with the path
 * taken; evidence exports as CSV and PDF.
 */
package io.sportello.ui.audit;
