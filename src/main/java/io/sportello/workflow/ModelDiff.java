package io.sportello.workflow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Compares two versions of a model element by element id: what was added, removed, and which of the
 * properties a process owner cares about changed (name, type, timers, candidate groups, assignee, conditions,
 * delegates, called processes and decisions, messages; for decision tables the hit policy and each rule's cells).
 */
@org.springframework.modulith.NamedInterface("studio")
final class ModelDiff {

    private record Element(String type, Map<String, String> properties) {
    }

    private ModelDiff() {
    }

    static List<ModelChange> between(ModelKind kind, byte[] before, byte[] after) {
        Map<String, Element> a = before == null ? Map.of() : describe(kind, before);
        Map<String, Element> b = describe(kind, after);
        List<ModelChange> changes = new ArrayList<>();
        for (Map.Entry<String, Element> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                changes.add(new ModelChange(e.getKey(), e.getValue().type(), ModelChange.Kind.REMOVED, null,
                        e.getValue().properties().get("name"), null));
            }
        }
        for (Map.Entry<String, Element> e : b.entrySet()) {
            Element old = a.get(e.getKey());
            Element now = e.getValue();
            if (old == null) {
                changes.add(new ModelChange(e.getKey(), now.type(), ModelChange.Kind.ADDED, null, null,
                        now.properties().get("name")));
                continue;
            }
            if (!old.type().equals(now.type())) {
                changes.add(new ModelChange(e.getKey(), now.type(), ModelChange.Kind.CHANGED, "type", old.type(), now.type()));
            }
            TreeSet<String> keys = new TreeSet<>(old.properties().keySet());
            keys.addAll(now.properties().keySet());
            for (String key : keys) {
                String x = old.properties().get(key);
                String y = now.properties().get(key);
                if (!Objects.equals(x, y)) {
                    changes.add(new ModelChange(e.getKey(), now.type(), ModelChange.Kind.CHANGED, key, x, y));
                }
            }
        }
        return changes;
    }

    private static Map<String, Element> describe(ModelKind kind, byte[] xml) {
        return kind == ModelKind.DMN ? describeDmn(xml) : describeBpmn(xml);
    }

    private static Map<String, Element> describeBpmn(byte[] xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        Map<String, Element> elements = new LinkedHashMap<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            Map<String, String> p = new LinkedHashMap<>();
            put(p, "name", process.getName());
            put(p, "historyTimeToLive", process.getCamundaHistoryTimeToLiveString());
            elements.put(process.getId(), new Element("process", p));
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            Map<String, String> p = new LinkedHashMap<>();
            put(p, "name", element.getName());
            if (element instanceof SequenceFlow flow) {
                put(p, "from", flow.getSource() != null ? flow.getSource().getId() : null);
                put(p, "to", flow.getTarget() != null ? flow.getTarget().getId() : null);
                ConditionExpression condition = flow.getConditionExpression();
                put(p, "condition", condition != null ? condition.getTextContent().trim() : null);
            }
            if (element instanceof UserTask task) {
                put(p, "candidateGroups", task.getCamundaCandidateGroups());
                put(p, "candidateUsers", task.getCamundaCandidateUsers());
                put(p, "assignee", task.getCamundaAssignee());
                put(p, "dueDate", task.getCamundaDueDate());
                put(p, "formKey", task.getCamundaFormKey());
            }
            if (element instanceof ServiceTask task) {
                put(p, "delegate", task.getCamundaDelegateExpression());
            }
            if (element instanceof SendTask task) {
                put(p, "delegate", task.getCamundaDelegateExpression());
            }
            if (element instanceof BusinessRuleTask task) {
                put(p, "decision", task.getCamundaDecisionRef());
                put(p, "delegate", task.getCamundaDelegateExpression());
            }
            if (element instanceof CallActivity call) {
                put(p, "calledProcess", call.getCalledElement());
            }
            if (element instanceof Activity activity && activity.isCamundaAsyncBefore()) {
                put(p, "asyncBefore", "true");
            }
            if (element instanceof BoundaryEvent boundary) {
                put(p, "attachedTo", boundary.getAttachedTo() != null ? boundary.getAttachedTo().getId() : null);
                put(p, "interrupting", String.valueOf(boundary.cancelActivity()));
            }
            for (EventDefinition definition : element.getChildElementsByType(EventDefinition.class)) {
                if (definition instanceof TimerEventDefinition timer) {
                    put(p, "timer", timer(timer));
                } else if (definition instanceof MessageEventDefinition message) {
                    put(p, "message", message.getMessage() != null ? message.getMessage().getName() : null);
                }
            }
            elements.put(element.getId(), new Element(typeName(element), p));
        }
        return elements;
    }

    private static Map<String, Element> describeDmn(byte[] xml) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        Map<String, Element> elements = new LinkedHashMap<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            Map<String, String> p = new LinkedHashMap<>();
            put(p, "name", decision.getName());
            put(p, "historyTimeToLive", decision.getCamundaHistoryTimeToLiveString());
            elements.put(decision.getId(), new Element("decision", p));
        }
        for (DecisionTables.Table table : DecisionTables.read(xml)) {
            Map<String, String> p = elements.get(table.decisionId()).properties();
            put(p, "hitPolicy", table.hitPolicy());
            put(p, "inputs", String.join(" | ", table.inputs()));
            put(p, "outputs", String.join(" | ", table.outputs()));
            int position = 0;
            for (DecisionTables.RuleRow rule : table.rules()) {
                Map<String, String> r = new LinkedHashMap<>();
                put(r, "position", String.valueOf(++position));
                put(r, "when", String.join(" | ", rule.inputEntries()));
                put(r, "then", String.join(" | ", rule.outputEntries()));
                put(r, "description", rule.description());
                elements.put(rule.ruleId(), new Element("rule", r));
            }
        }
        return elements;
    }

    private static String timer(TimerEventDefinition timer) {
        if (timer.getTimeDate() != null) {
            return "date " + timer.getTimeDate().getTextContent().trim();
        }
        if (timer.getTimeDuration() != null) {
            return "duration " + timer.getTimeDuration().getTextContent().trim();
        }
        return timer.getTimeCycle() != null ? "cycle " + timer.getTimeCycle().getTextContent().trim() : null;
    }

    static String typeName(FlowElement element) {
        String name = element.getElementType().getTypeName();
        if (element instanceof FlowNode && element.getChildElementsByType(TimerEventDefinition.class).size() > 0) {
            return name + " (timer)";
        }
        return name;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
