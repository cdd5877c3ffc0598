package io.sportello.workflow;

import io.sportello.workflow.DiagramLayout.Edge;
import io.sportello.workflow.DiagramLayout.Point;
import io.sportello.workflow.DiagramLayout.Shape;
import io.sportello.workflow.DiagramLayout.ShapeKind;
import io.sportello.workflow.HistoryEntry.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the engine recorded about a ticket (every process instance with the ticket number as business key:
 * the lifecycle, its tier handling and survey): activities with start and end, task assignments with who did
 * them, decisions with inputs, outputs and the matched rule, variable changes, user operations and incidents;
 * and the path each instance took through the model version it ran under. Read-only: nothing here changes history.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("history")
public class ProcessHistory {

    private static final int MAX_VALUE = 300;
    private static final long TOP_LEVEL_STEP = 10_000_000_000_000_000L;
    private static final long NESTING = 10_000L;

    private final HistoryService history;
    private final RepositoryService repository;

    ProcessHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** Every engine record of a ticket's processes, oldest first. */
    public List<HistoryEntry> entries(String ticketNumber) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        // entries of one instant are ordered as they happened: each activity gets a slot of `step` numbers (start,
        // what happened inside it, end); a called process nests inside the slot of the call activity that called it
        Map<String, long[]> calledFrom = new HashMap<>();
        for (HistoricProcessInstance instance : instances(ticketNumber)) {
            long[] parent = calledFrom.get(instance.getId());
            long base = parent == null ? 0 : parent[0];
            long step = parent == null ? TOP_LEVEL_STEP : parent[1] / NESTING;
            long processEnd = parent == null ? Long.MAX_VALUE : parent[0] + parent[1] - 5;
            Map<String, Long> activitySequence = new HashMap<>();
            ProcessDefinition definition = definitions.computeIfAbsent(instance.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id));
            String key = definition.getKey();
            int version = definition.getVersion();
            String pid = instance.getId();
            entries.add(new HistoryEntry(instant(instance.getStartTime()), Kind.PROCESS_STARTED, key, version, null,
                    definition.getName(), "process", instance.getStartUserId(), null, base + 5));
            if (instance.getEndTime() != null) {
                entries.add(new HistoryEntry(instant(instance.getEndTime()), Kind.PROCESS_ENDED, key, version, null,
                        definition.getName(), "process", null, instance.getState(), processEnd));
            }
            Map<String, String> activityNames = new HashMap<>();
            // scope (process instance or embedded sub-process instance) → {first sequence, step, activities so far}
            Map<String, long[]> scopes = new HashMap<>();
            scopes.put(pid, new long[] {base, step, 0});
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(pid)
                    .orderPartiallyByOccurrence().asc().list()) {
                activityNames.put(a.getActivityId(), a.getActivityName());
                if (a.getActivityType().endsWith("multiInstanceBody")) {
                    continue;
                }
                long[] scope = scopes.getOrDefault(a.getParentActivityInstanceId(), scopes.get(pid));
                long slot = scope[1];
                long sequence = scope[0] + (++scope[2]) * slot;
                activitySequence.put(a.getId(), sequence);
                scopes.put(a.getId(), new long[] {sequence, slot / NESTING, 0});
                if (a.getCalledProcessInstanceId() != null) {
                    calledFrom.put(a.getCalledProcessInstanceId(), new long[] {sequence, slot});
                }
                entries.add(new HistoryEntry(instant(a.getStartTime()), Kind.ACTIVITY_STARTED, key, version,
                        a.getActivityId(), a.getActivityName(), a.getActivityType(), null, null, sequence));
                if (a.getEndTime() != null) {
                    Long millis = a.getDurationInMillis();
                    entries.add(new HistoryEntry(instant(a.getEndTime()), a.isCanceled() ? Kind.ACTIVITY_CANCELED
                            : Kind.ACTIVITY_ENDED, key, version, a.getActivityId(), a.getActivityName(),
                            a.getActivityType(), a.getAssignee(), millis == null ? null
                            : "duration " + java.time.Duration.ofMillis(millis), sequence + slot - 1,
                            millis == null ? null : "duration", millis == null ? null : List.of(String.valueOf(millis))));
                }
            }
            Map<String, String> taskActivity = new HashMap<>();
            Map<String, Long> taskEnd = new HashMap<>();
            Map<String, Long> taskSequence = new HashMap<>();
            history.createHistoricTaskInstanceQuery().processInstanceId(pid).list().forEach(t -> {
                taskActivity.put(t.getId(), t.getTaskDefinitionKey());
                taskSequence.put(t.getId(), activitySequence.getOrDefault(t.getActivityInstanceId(), base));
                taskEnd.put(t.getId(), activitySequence.getOrDefault(t.getActivityInstanceId(), base) + step - 2);
            });
            List<HistoricIdentityLinkLog> links = new ArrayList<>();
            taskActivity.keySet().forEach(taskId -> links.addAll(history.createHistoricIdentityLinkLogQuery()
                    .taskId(taskId).list()));
            for (HistoricIdentityLinkLog link : links) {
                String activity = taskActivity.get(link.getTaskId());
                String who = link.getUserId() != null ? link.getUserId() : "group " + link.getGroupId();
                entries.add(new HistoryEntry(instant(link.getTime()), Kind.TASK_ASSIGNMENT, key, version, activity,
                        activityNames.get(activity), link.getType(), link.getAssignerId(),
                        link.getOperationType() + " " + link.getType() + ": " + who,
                        taskSequence.getOrDefault(link.getTaskId(), base) + 3,
                        "link." + link.getOperationType() + "." + link.getType() + (link.getUserId() != null ? ".user" : ".group"),
                        List.of(link.getUserId() != null ? link.getUserId() : String.valueOf(link.getGroupId()))));
            }
            for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().processInstanceId(pid)
                    .includeInputs().includeOutputs().list()) {
                entries.add(new HistoryEntry(instant(d.getEvaluationTime()), Kind.DECISION, key, version,
                        d.getActivityId(), d.getDecisionDefinitionName() != null ? d.getDecisionDefinitionName()
                        : d.getDecisionDefinitionKey(), "decision " + d.getDecisionDefinitionKey()
                        + " v" + decisionVersion(d), d.getUserId(), decisionDetail(d, rules(d.getDecisionDefinitionId())),
                        activitySequence.getOrDefault(d.getActivityInstanceId(), base) + 1));
            }
            Map<String, List<UserOperationLogEntry>> operations = history.createUserOperationLogQuery()
                    .processInstanceId(pid).list().stream()
                    .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId));
            for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates()
                    .orderPartiallyByOccurrence().asc().list()) {
                HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                entries.add(new HistoryEntry(instant(update.getTime()), Kind.VARIABLE_CHANGED, key, version,
                        null, update.getVariableName(), update.getTypeName(),
                        userOf(operations.get(update.getUserOperationId())),
                        update.getVariableName() + " = " + value(update.getValue()),
                        activitySequence.getOrDefault(update.getActivityInstanceId(), base) + 2));
            }
            for (List<UserOperationLogEntry> op : operations.values()) {
                UserOperationLogEntry first = op.get(0);
                String properties = op.stream().filter(e -> e.getProperty() != null)
                        .map(e -> e.getProperty() + ": " + nullToDash(e.getOrgValue()) + " → " + nullToDash(e.getNewValue()))
                        .collect(Collectors.joining("; "));
                String activity = first.getTaskId() != null ? taskActivity.get(first.getTaskId()) : null;
                entries.add(new HistoryEntry(instant(first.getTimestamp()), Kind.USER_OPERATION, key, version, activity,
                        activityNames.get(activity), first.getEntityType() + " " + first.getOperationType(),
                        first.getUserId(), first.getOperationType() + (properties.isEmpty() ? "" : " (" + properties + ")"),
                        first.getTaskId() == null ? base + 4 : "Complete".equals(first.getOperationType())
                                ? taskEnd.getOrDefault(first.getTaskId(), base + 4)
                                : taskSequence.getOrDefault(first.getTaskId(), base) + 4,
                        "operation." + first.getOperationType(), List.of(properties)));
            }
            for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(pid).list()) {
                entries.add(new HistoryEntry(instant(incident.getCreateTime()), Kind.INCIDENT, key, version,
                        incident.getActivityId(), activityNames.get(incident.getActivityId()), incident.getIncidentType(),
                        null, incident.getIncidentMessage() + (incident.isResolved() ? " (resolved)" : ""), base + 4));
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).thenComparingLong(HistoryEntry::sequence));
        return entries;
    }

    /** The path each of the ticket's process instances took, in the model version it ran under; oldest first. */
    public List<ProcessPath> paths(String ticketNumber) {
        List<ProcessPath> paths = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(ticketNumber)) {
            ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
            byte[] xml = model(definition.getId());
            Set<String> done = new LinkedHashSet<>();
            Set<String> current = new LinkedHashSet<>();
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).list()) {
                (a.getEndTime() == null ? current : done).add(a.getActivityId());
            }
            Set<String> visited = new LinkedHashSet<>(done);
            visited.addAll(current);
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (done.contains(flow.getSource().getId()) && visited.contains(flow.getTarget().getId())) {
                    done.add(flow.getId());
                }
            }
            paths.add(new ProcessPath(instance.getId(), definition.getId(), definition.getKey(), definition.getName(),
                    definition.getVersion(), new String(xml, StandardCharsets.UTF_8), done, current,
                    instance.getEndTime() != null));
        }
        return paths;
    }

    /** Shapes and edges of a process model version, for drawing it outside the browser (PDF evidence). */
    public DiagramLayout layout(String xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<Shape> shapes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if (element == null || shape.getBounds() == null) {
                continue;
            }
            ShapeKind kind = element instanceof SubProcess ? ShapeKind.SUBPROCESS
                    : element instanceof Activity ? ShapeKind.TASK
                    : element instanceof Event ? ShapeKind.EVENT
                    : element instanceof Gateway ? ShapeKind.GATEWAY : ShapeKind.OTHER;
            String name = element instanceof FlowElement f ? f.getName() : null;
            shapes.add(new Shape(element.getId(), kind, name, shape.getBounds().getX(), shape.getBounds().getY(),
                    shape.getBounds().getWidth(), shape.getBounds().getHeight()));
        }
        List<Edge> edges = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            BaseElement element = edge.getBpmnElement();
            if (element == null) {
                continue;
            }
            List<Point> points = edge.getWaypoints().stream().map(w -> new Point(w.getX(), w.getY())).toList();
            edges.add(new Edge(element.getId(), element instanceof FlowElement f ? f.getName() : null, points));
        }
        return new DiagramLayout(shapes, edges);
    }

    private List<HistoricProcessInstance> instances(String ticketNumber) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ticketNumber)
                .orderByProcessInstanceStartTime().asc().list();
    }

    private byte[] model(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int decisionVersion(HistoricDecisionInstance d) {
        return repository.getDecisionDefinition(d.getDecisionDefinitionId()).getVersion();
    }

    /** Rule id → "#position description" of a decision table version, to name the rule that matched. */
    private final Map<String, Map<String, String>> ruleNames = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, String> rules(String decisionDefinitionId) {
        return ruleNames.computeIfAbsent(decisionDefinitionId, id -> {
            Map<String, String> names = new HashMap<>();
            try (InputStream in = repository.getDecisionModel(id)) {
                org.camunda.bpm.model.dmn.DmnModelInstance model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(in);
                for (org.camunda.bpm.model.dmn.instance.DecisionTable table
                        : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)) {
                    int position = 0;
                    for (org.camunda.bpm.model.dmn.instance.Rule rule : table.getRules()) {
                        position++;
                        names.put(rule.getId(), "#" + position + (rule.getDescription() != null
                                ? " \"" + rule.getDescription().getTextContent().strip() + "\"" : "") + " (" + rule.getId() + ")");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names;
        });
    }

    private static String decisionDetail(HistoricDecisionInstance d, Map<String, String> rules) {
        String inputs = d.getInputs().stream().map(ProcessHistory::input).collect(Collectors.joining(", "));
        List<HistoricDecisionOutputInstance> outputs = d.getOutputs();
        String result = outputs.stream().map(o -> nameOf(o.getClauseName(), o.getVariableName()) + "=" + value(o.getValue()))
                .collect(Collectors.joining(", "));
        String matched = outputs.stream().map(o -> rules.getOrDefault(o.getRuleId(), o.getRuleId())).distinct()
                .collect(Collectors.joining(", "));
        return "in: " + inputs + " | out: " + (result.isEmpty() ? "-" : result) + " | rule: "
                + (matched.isEmpty() ? "none matched" : matched);
    }

    private static String input(HistoricDecisionInputInstance i) {
        return nameOf(i.getClauseName(), i.getClauseId()) + "=" + value(i.getValue());
    }

    private static String userOf(List<UserOperationLogEntry> operation) {
        return operation == null || operation.isEmpty() ? null : operation.get(0).getUserId();
    }

    private static String nameOf(String label, String fallback) {
        return label != null && !label.isBlank() ? label : fallback;
    }

    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof Date date ? date.toInstant().toString() : String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
