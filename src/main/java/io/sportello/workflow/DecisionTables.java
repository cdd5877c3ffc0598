package io.sportello.workflow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Decision tables as a process owner reads and edits them: per decision its inputs, outputs and rules, each
 * rule's cells as the expressions written in the table ({@code "FRAUD"}, {@code -}, {@code 240}). Editing changes
 * cell expressions of existing rules only; new rules and columns are made in Camunda Modeler.
 */
@org.springframework.modulith.NamedInterface("studio")
public final class DecisionTables {

    @org.springframework.modulith.NamedInterface("studio")
    public record Table(String decisionId, String decisionName, String hitPolicy, List<String> inputs,
                        List<String> outputs, List<RuleRow> rules) {
    }

    @org.springframework.modulith.NamedInterface("studio")
    public record RuleRow(String ruleId, List<String> inputEntries, List<String> outputEntries, String description) {
    }

    private DecisionTables() {
    }

    public static List<Table> read(byte[] xml) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        List<Table> tables = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
                List<String> inputs = table.getInputs().stream().map(DecisionTables::label).toList();
                List<String> outputs = table.getOutputs().stream().map(DecisionTables::label).toList();
                List<RuleRow> rules = new ArrayList<>();
                for (Rule rule : table.getRules()) {
                    rules.add(new RuleRow(rule.getId(),
                            rule.getInputEntries().stream().map(e -> text(e.getTextContent())).toList(),
                            rule.getOutputEntries().stream().map(e -> text(e.getTextContent())).toList(),
                            rule.getDescription() == null ? null : rule.getDescription().getTextContent()));
                }
                tables.add(new Table(decision.getId(), decision.getName(),
                        table.getHitPolicy() == null ? "UNIQUE" : table.getHitPolicy().name(), inputs, outputs, rules));
            }
        }
        return tables;
    }

    /** Writes the cells of {@code edited} (matched by rule id and column position) into the model. */
    public static byte[] write(byte[] xml, List<Table> edited) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        for (Table table : edited) {
            for (RuleRow row : table.rules()) {
                Rule rule = model.getModelElementById(row.ruleId());
                if (rule == null) {
                    continue;
                }
                List<InputEntry> inputs = new ArrayList<>(rule.getInputEntries());
                for (int i = 0; i < inputs.size() && i < row.inputEntries().size(); i++) {
                    inputs.get(i).getText().setTextContent(row.inputEntries().get(i) == null ? "" : row.inputEntries().get(i).strip());
                }
                List<OutputEntry> outputs = new ArrayList<>(rule.getOutputEntries());
                for (int i = 0; i < outputs.size() && i < row.outputEntries().size(); i++) {
                    outputs.get(i).getText().setTextContent(row.outputEntries().get(i) == null ? ""
                            : row.outputEntries().get(i).strip());
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dmn.writeModelToStream(out, model);
        return out.toByteArray();
    }

    private static String label(Input input) {
        return input.getLabel() != null ? input.getLabel()
                : input.getInputExpression() != null ? input.getInputExpression().getTextContent() : input.getId();
    }

    private static String label(Output output) {
        return output.getLabel() != null ? output.getLabel() : output.getName();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
