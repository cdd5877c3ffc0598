package io.sportello.workflow;

import java.util.List;

/** The drawing coordinates of a BPMN model (from its diagram interchange), for renderers outside the browser. */
public record DiagramLayout(List<Shape> shapes, List<Edge> edges) {

    public enum ShapeKind { EVENT, TASK, GATEWAY, SUBPROCESS, OTHER }

    public record Shape(String elementId, ShapeKind kind, String name, double x, double y, double width,
                        double height) {
    }

    public record Point(double x, double y) {
    }

    public record Edge(String elementId, String name, List<Point> waypoints) {
    }
}
