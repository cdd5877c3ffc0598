package io.sportello.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * A BPMN diagram drawn by bpmn-js in the browser: a navigable viewer that can mark the elements a ticket
 * passed ({@code done}) and where it waits now ({@code current}), or the modeler with the Camunda 7
 * properties panel. The edited model is read back with {@link #readXml(Consumer)}.
 */
@Tag("sportello-bpmn")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@JsModule("./bpmn/sportello-bpmn.js")
public class BpmnDiagram extends Component implements HasSize {

    public enum Mode { VIEWER, MODELER }

    private String xml;
    private boolean dirty;

    public BpmnDiagram() {
        setWidthFull();
        setHeight("480px");
        getElement().addEventListener("model-changed", e -> dirty = true);
    }

    /** Shows a model read-only, marking the elements passed and the current position. */
    public void view(String xml, Collection<String> done, Collection<String> current) {
        JsonObject marks = Json.createObject();
        marks.put("done", array(done));
        marks.put("current", array(current));
        show(xml, Mode.VIEWER, marks);
    }

    /** Opens a model for editing. */
    public void edit(String xml) {
        show(xml, Mode.MODELER, Json.createObject());
    }

    private void show(String xml, Mode mode, JsonObject marks) {
        this.xml = xml;
        this.dirty = false;
        getElement().setAttribute("data-mode", mode.name().toLowerCase());
        getElement().callJsFunction("showXml", xml, mode.name().toLowerCase(), marks);
    }

    /** The model as last sent to the browser (not including unsaved edits). */
    public String getXml() {
        return xml;
    }

    /** Whether the person changed the model since it was shown. */
    public boolean isDirty() {
        return dirty;
    }

    /** Reads the model as currently drawn in the browser. */
    public void readXml(Consumer<String> receiver) {
        getElement().callJsFunction("saveXml").then(String.class, value -> {
            this.xml = value;
            receiver.accept(value);
        });
    }

    public Registration addLoadedListener(Consumer<LoadedEvent> listener) {
        return addListener(LoadedEvent.class, listener::accept);
    }

    private static JsonArray array(Collection<String> ids) {
        JsonArray array = Json.createArray();
        int i = 0;
        for (String id : ids) {
            array.set(i++, id);
        }
        return array;
    }

    /** The browser finished drawing the model. */
    @DomEvent("model-loaded")
    public static class LoadedEvent extends ComponentEvent<BpmnDiagram> {
        public LoadedEvent(BpmnDiagram source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
