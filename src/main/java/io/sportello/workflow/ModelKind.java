package io.sportello.workflow;

/** The two kinds of model a process owner edits: processes (BPMN) and decision tables (DMN). */
@org.springframework.modulith.NamedInterface("studio")
public enum ModelKind {
    BPMN, DMN;

    public String extension() {
        return "." + name().toLowerCase();
    }

    public static ModelKind ofResource(String resourceName) {
        return resourceName != null && resourceName.toLowerCase().endsWith(".dmn") ? DMN : BPMN;
    }
}
