package io.sportello.workflow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** The repository's models, changed as a process owner would change them, for studio tests. */
final class ModelEdits {

    private ModelEdits() {
    }

    static byte[] file(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] tierEscalation(Consumer<BpmnModelInstance> edit) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file("processes/tier-escalation.bpmn")));
        edit.accept(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bpmn.writeModelToStream(out, model);
        return out.toByteArray();
    }

    static byte[] slaPolicy(Consumer<DmnModelInstance> edit) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(file("processes/decisions/sla-policy.dmn")));
        edit.accept(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dmn.writeModelToStream(out, model);
        return out.toByteArray();
    }
}
