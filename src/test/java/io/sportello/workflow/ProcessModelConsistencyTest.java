package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every model in processes/ passes the same validation the studio applies before a deploy (delegate beans that
 * exist, known candidate groups, history time to live, known message names, SLA timers on computed deadlines),
 * and keeps the repository's naming rules: file name = process or decision id, readable element ids.
 */
class ProcessModelConsistencyTest extends SportelloSpringTest {

    static final Pattern READABLE_ID = Pattern.compile("(StartEvent|EndEvent|Task|Gateway|Timer|Event|Flow|SubProcess|CallActivity"
            + "|Message|Shape|Edge|Definitions|BPMNDiagram|BPMNPlane|Error)_[A-Za-z0-9_\\-]+");

    @Autowired
    ModelValidator validator;

    static Stream<File> models() {
        return Arrays.stream(new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))).sorted();
    }

    static Stream<File> decisions() {
        return Arrays.stream(new File("processes/decisions").listFiles((dir, name) -> name.endsWith(".dmn"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void processModelIsConsistent(File file) throws IOException {
        assertThat(validator.validate(ModelKind.BPMN, Files.readAllBytes(file.toPath()))).as("problems in " + file).isEmpty();

        BpmnModelInstance model = Bpmn.readModelFromFile(file);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(file.getName()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.isExecutable()).isTrue();
        List<String> unreadable = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                .filter(id -> id != null && !READABLE_ID.matcher(id).matches() && !id.equals(process.getId())).toList();
        assertThat(unreadable).as("generated element ids in " + file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void decisionTableIsConsistent(File file) throws IOException {
        assertThat(validator.validate(ModelKind.DMN, Files.readAllBytes(file.toPath()))).as("problems in " + file).isEmpty();
        Decision decision = Dmn.readModelFromFile(file).getModelElementsByType(Decision.class).iterator().next();
        assertThat(file.getName()).isEqualTo(decision.getId() + ".dmn");
    }
}
