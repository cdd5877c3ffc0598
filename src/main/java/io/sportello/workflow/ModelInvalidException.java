package io.sportello.workflow;

import java.util.List;

/** A model was not deployed because it has problems; nothing changed in the engine. */
@org.springframework.modulith.NamedInterface("studio")
public class ModelInvalidException extends RuntimeException {

    private final transient List<ModelProblem> problems;

    public ModelInvalidException(List<ModelProblem> problems) {
        super("The model has " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> getProblems() {
        return problems;
    }
}
