/** Components several views share: the conversation, SLA badges, charts, BPMN diagrams, bounded uploads, downloads. */
package io.sportello.ui.component;
