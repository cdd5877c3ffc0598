package io.sportello.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Service;

/**
 * Decisions other modules ask of the desk's DMN tables, evaluated on the latest deployed version, so that a process
 * owner's edit in the studio changes what happens next (routing reads {@code routing-policy} this way). Only this
 * module talks to the engine.
 */
@Service
@org.springframework.modulith.NamedInterface("runtime")
public class Decisions {

    private final DecisionService decisions;
    private final RepositoryService repository;

    Decisions(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /** The first matching rule's outputs by name; empty when the decision is not deployed or no rule matches. */
    public Optional<Map<String, Object>> first(String decisionKey, Map<String, Object> inputs) {
        if (repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().count() == 0) {
            return Optional.empty();
        }
        DmnDecisionResult result = decisions.evaluateDecisionByKey(decisionKey)
                .variables(Variables.fromMap(inputs)).evaluate();
        if (result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashMap<>(result.getFirstResult().getEntryMap()));
    }
}
