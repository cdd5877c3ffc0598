package io.sportello.workflow;

import java.util.List;

/** The drawing coordinates of a BPMN model (from its diagram interchange), for renderers outside the browser. */
@org.springframework.modulith.NamedInterface("history")
public record DiagramLayout(List<Shape> shapes, List<Edge> edges) {

    @org.springframework.modulith.NamedInterface("history")
    public enum ShapeKind { EVENT, TASK, GATEWAY, SUBPROCESS, OTHER }

    @org.springframework.modulith.NamedInterface("history")
    public record Shape(String elementId, ShapeKind kind, String name, double x, double y, double width,
                        double height) {
    }

    @org.springframework.modulith.NamedInterface("history")
    public record Point(double x, double y) {
    }

    @org.springframework.modulith.NamedInterface("history")
    public record Edge(String elementId, String name, List<Point> waypoints) {
    }
}
