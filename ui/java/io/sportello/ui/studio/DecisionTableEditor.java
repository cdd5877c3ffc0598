package io.sportello.ui.studio;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.sportello.workflow.DecisionTables;
import io.sportello.workflow.DecisionTables.RuleRow;
import io.sportello.workflow.DecisionTables.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A DMN decision table shown as a grid: one row per rule, the input and output cells as written in the model.
 * In edit mode every cell is a text field (e.g. change a resolution target from 480 to 240 minutes); the edited
 * model is produced by {@link #edited()}.
 */
public class DecisionTableEditor extends Composite<VerticalLayout> {

    private final boolean editable;
    private byte[] model;
    private final List<Table> tables = new ArrayList<>();
    /** Cells as edited: per table, per rule, inputs then outputs. */
    private final List<List<List<String>>> cells = new ArrayList<>();
    private final List<Runnable> editListeners = new ArrayList<>();

    /** Called whenever a cell is changed. */
    public void addEditListener(Runnable listener) {
        editListeners.add(listener);
    }

    public DecisionTableEditor(boolean editable) {
        this.editable = editable;
        getContent().setPadding(false);
        getContent().setWidthFull();
        getContent().addClassName("decision-table");
    }

    public void show(byte[] dmn) {
        this.model = dmn;
        tables.clear();
        cells.clear();
        getContent().removeAll();
        for (Table table : DecisionTables.read(dmn)) {
            tables.add(table);
            List<List<String>> rows = new ArrayList<>();
            for (RuleRow rule : table.rules()) {
                List<String> row = new ArrayList<>(rule.inputEntries());
                row.addAll(rule.outputEntries());
                rows.add(row);
            }
            cells.add(rows);
            int t = tables.size() - 1;
            getContent().add(new H4(getTranslation("studio.dmn.title", table.decisionName(), table.hitPolicy())));
            Grid<Integer> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
            grid.setAllRowsVisible(true);
            grid.addColumn(r -> r + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
            int columns = table.inputs().size() + table.outputs().size();
            for (int c = 0; c < columns; c++) {
                int col = c;
                boolean input = c < table.inputs().size();
                String header = (input ? getTranslation("studio.dmn.when") + " " : getTranslation("studio.dmn.then") + " ")
                        + (input ? table.inputs().get(c) : table.outputs().get(c - table.inputs().size()));
                if (editable) {
                    grid.addComponentColumn(r -> cell(t, r, col)).setHeader(header).setFlexGrow(1);
                } else {
                    grid.addColumn(r -> display(cells.get(t).get(r).get(col))).setHeader(header).setFlexGrow(1);
                }
            }
            grid.addColumn(r -> table.rules().get(r).description()).setHeader(getTranslation("studio.dmn.description"))
                    .setFlexGrow(1);
            List<Integer> indexes = new ArrayList<>();
            for (int r = 0; r < table.rules().size(); r++) {
                indexes.add(r);
            }
            grid.setItems(indexes);
            getContent().add(grid);
        }
    }

    private TextField cell(int table, int rule, int column) {
        TextField field = new TextField();
        field.setWidthFull();
        field.setValue(cells.get(table).get(rule).get(column));
        field.setPlaceholder("-");
        field.addClassName("dmn-cell");
        field.getElement().setAttribute("data-cell", tables.get(table).rules().get(rule).ruleId() + ":" + column);
        field.addValueChangeListener(e -> {
            cells.get(table).get(rule).set(column, e.getValue());
            editListeners.forEach(Runnable::run);
        });
        return field;
    }

    private static String display(String cell) {
        return cell == null || cell.isBlank() ? "-" : cell;
    }

    /** Sets one cell, as typing would (tests and programmatic edits). */
    public void setCell(String ruleId, int column, String value) {
        for (int t = 0; t < tables.size(); t++) {
            List<RuleRow> rules = tables.get(t).rules();
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).ruleId().equals(ruleId)) {
                    cells.get(t).get(r).set(column, value);
                    show(edited());
                    editListeners.forEach(Runnable::run);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("No rule " + ruleId);
    }

    /** The model with the cells as edited. */
    public byte[] edited() {
        List<Table> result = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            List<RuleRow> rules = new ArrayList<>();
            for (int r = 0; r < table.rules().size(); r++) {
                List<String> row = cells.get(t).get(r);
                int inputs = table.inputs().size();
                rules.add(new RuleRow(table.rules().get(r).ruleId(), row.subList(0, inputs),
                        row.subList(inputs, row.size()), table.rules().get(r).description()));
            }
            result.add(new Table(table.decisionId(), table.decisionName(), table.hitPolicy(), table.inputs(),
                    table.outputs(), rules));
        }
        return DecisionTables.write(model, result);
    }
}
