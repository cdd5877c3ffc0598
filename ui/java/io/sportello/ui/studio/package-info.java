/**
 * The process studio: process owners browse every process and decision version, view and edit models in the
 * browser (bpmn-js, decision tables as grids), validate and deploy new versions with a comment, compare
 * versions, and migrate running tickets (dry run first).
 */
package io.sportello.ui.studio;
