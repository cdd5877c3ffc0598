package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Reads every model in processes/ as a process owner would hand it in and checks what would only fail at
 * run time: file name = process id, readable element ids, delegate beans that exist, known candidate
 * groups, history time to live, known message names, SLA timers on computed deadlines.
 */
class ProcessModelConsistencyTest extends SportelloSpringTest {

    static final Set<String> GROUPS = Set.of("tier1", "tier2", "tier3", "supervisor");
    static final Pattern READABLE_ID = Pattern.compile("(StartEvent|EndEvent|Task|Gateway|Timer|Event|Flow|SubProcess|CallActivity"
            + "|Message|Shape|Edge|Definitions|BPMNDiagram|BPMNPlane|Error)_[A-Za-z0-9_\\-]+");
    static final Pattern DELEGATE = Pattern.compile("\\$\\{(\\w+)}");

    @Autowired
    ApplicationContext context;

    static Stream<File> models() {
        return Arrays.stream(new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void modelIsConsistent(File file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(file.getName()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of " + file).isNotBlank();
        assertThat(process.isExecutable()).isTrue();

        List<String> unreadable = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                .filter(id -> id != null && !READABLE_ID.matcher(id).matches() && !id.equals(process.getId())).toList();
        assertThat(unreadable).as("generated element ids in " + file).isEmpty();

        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            Matcher m = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(m.matches()).as(task.getId() + " is bound by delegateExpression").isTrue();
            assertThat(context.containsBean(m.group(1))).as("bean " + m.group(1) + " of " + task.getId()).isTrue();
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(GROUPS).as("candidate group of " + task.getId()).contains(task.getCamundaCandidateGroups());
        }
        Set<String> knownMessages = constants(TicketLifecycle.Messages.class);
        for (Message message : model.getModelElementsByType(Message.class)) {
            assertThat(knownMessages).as("message " + message.getName()).contains(message.getName());
        }
        for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
            TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
            assertThat(definition.getTimeDate()).as("SLA timer " + timer.getId() + " waits for a computed deadline").isNotNull();
            assertThat(definition.getTimeDate().getTextContent()).matches("\\$\\{\\w+}");
        }
    }

    static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(ProcessModelConsistencyTest::value).collect(Collectors.toSet());
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
