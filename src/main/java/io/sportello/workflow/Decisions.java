package io.sportello.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
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

    Decisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The first matching rule's outputs by name; empty when the decision is not deployed or no rule matches. */
    public Optional<Map<String, Object>> first(String decisionKey, Map<String, Object> inputs) {
        DmnDecisionResult result;
        try {
            // no query first: routing asks for every waiting task, and the engine caches the deployed definition
            result = decisions.evaluateDecisionByKey(decisionKey).variables(Variables.fromMap(inputs)).evaluate();
        } catch (org.camunda.bpm.engine.exception.NotFoundException
                 | org.camunda.bpm.engine.exception.dmn.DecisionDefinitionNotFoundException notDeployed) {
            return Optional.empty();
        }
        if (result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashMap<>(result.getFirstResult().getEntryMap()));
    }
}
