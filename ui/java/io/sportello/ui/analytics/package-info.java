/** Supervisors' views: the live dashboard and the service reports with charts and CSV tables. */
package io.sportello.ui.analytics;
