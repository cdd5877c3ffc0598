package io.sportello.workflow;

/**
 * One difference between two versions of a model: an element added, removed, or one of its properties
 * (name, type, timer, candidate groups, condition, delegate, rule cells…) changed from {@code before} to {@code after}.
 */
@org.springframework.modulith.NamedInterface("studio")
public record ModelChange(String elementId, String elementType, Kind kind, String property, String before,
                          String after) {

    @org.springframework.modulith.NamedInterface("studio")
    public enum Kind { ADDED, REMOVED, CHANGED }
}
