package io.sportello.ui.component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Apache ECharts chart (npm {@code echarts}, Apache-2.0) as a Flow component: the server hands over the chart's
 * option object, built here for the three kinds the reports need — lines, grouped bars and an hour × weekday heatmap.
 * The option is kept on the server too ({@link #getOption()}), which is what the unit tests look at.
 */
@Tag("sportello-echart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./echarts/sportello-echart.js")
public class EChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One named series of numbers (nulls are gaps). */
    public record Series(String name, List<? extends Number> values) {
    }

    private Map<String, Object> option = Map.of();

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    /** Lines over categories (e.g. days); a second axis on the right for series listed in {@code rightAxis}. */
    public void lines(String title, List<String> categories, List<Series> series, String leftAxis, String rightAxisName,
                      List<String> rightAxis) {
        Map<String, Object> o = base(title);
        o.put("xAxis", Map.of("type", "category", "data", categories));
        List<Object> yAxes = new ArrayList<>();
        yAxes.add(Map.of("type", "value", "name", leftAxis));
        if (rightAxisName != null) {
            yAxes.add(Map.of("type", "value", "name", rightAxisName, "position", "right"));
        }
        o.put("yAxis", yAxes);
        List<Object> s = new ArrayList<>();
        for (Series one : series) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", one.name());
            line.put("type", "line");
            line.put("data", one.values());
            line.put("connectNulls", true);
            line.put("showSymbol", categories.size() <= 62);
            if (rightAxis != null && rightAxis.contains(one.name())) {
                line.put("yAxisIndex", 1);
            }
            s.add(line);
        }
        o.put("series", s);
        o.put("dataZoom", categories.size() > 62 ? List.of(Map.of("type", "inside"), Map.of("type", "slider")) : List.of());
        set(o);
    }

    /** Bars per category, one bar per series side by side (e.g. this period and the compared one). */
    public void bars(String title, List<String> categories, List<Series> series, String axis) {
        Map<String, Object> o = base(title);
        o.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0, "rotate",
                categories.size() > 6 ? 30 : 0)));
        o.put("yAxis", Map.of("type", "value", "name", axis));
        List<Object> s = new ArrayList<>();
        for (Series one : series) {
            s.add(Map.of("name", one.name(), "type", "bar", "data", one.values()));
        }
        o.put("series", s);
        set(o);
    }

    /** A heatmap of {@code values[row][column]} with labelled rows (e.g. weekdays) and columns (hours). */
    public void heatmap(String title, List<String> rows, List<String> columns, long[][] values, String unit) {
        Map<String, Object> o = base(title);
        List<Object> data = new ArrayList<>();
        long max = 1;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                data.add(List.of(c, r, values[r][c]));
                max = Math.max(max, values[r][c]);
            }
        }
        o.put("tooltip", Map.of("position", "top"));
        o.put("grid", Map.of("left", 90, "right", 30, "top", 40, "bottom", 90));
        o.put("xAxis", Map.of("type", "category", "data", columns, "splitArea", Map.of("show", true)));
        o.put("yAxis", Map.of("type", "category", "data", rows, "inverse", true, "splitArea", Map.of("show", true)));
        o.put("visualMap", Map.of("min", 0, "max", max, "calculable", true, "orient", "horizontal", "left", "center",
                "bottom", 0, "text", List.of(unit, "0")));
        o.put("series", List.of(Map.of("name", title, "type", "heatmap", "data", data, "label", Map.of("show", false))));
        o.remove("legend");
        set(o);
    }

    /** The option last given to the chart. */
    public Map<String, Object> getOption() {
        return option;
    }

    private static Map<String, Object> base(String title) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0, "right", 0));
        o.put("grid", Map.of("left", 60, "right", 60, "top", 50, "bottom", 40, "containLabel", true));
        o.put("animation", false);
        return o;
    }

    private void set(Map<String, Object> o) {
        this.option = o;
        try {
            getElement().setProperty("option", JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart option not serialisable", e);
        }
    }
}
