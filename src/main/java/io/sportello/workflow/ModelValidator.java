package io.sportello.workflow;

import io.sportello.security.Role;
import io.sportello.security.Teams;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ModelProblem.Code;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Checks a model the way a process owner hands it in, before anything is deployed, and again inside the engine for
 * every deployment whatever its route: first what a model may contain at all ({@link ModelPolicy}: delegate beans by
 * name, computed deadlines, known teams, plain conditions — no scripts, classes or other expressions; FEEL only in
 * decision tables; a minimum history time to live), then what would only fail or silently misbehave at run time:
 * no executable definition, tasks nobody would see, SLA timers that ignore the deadlines Sportello computes on the
 * business calendar, message names nobody sends. Reads the XML only: it never evaluates or deploys anything, and it
 * answers every file with problems rather than an exception.
 */
@Component
@org.springframework.modulith.NamedInterface("studio")
public class ModelValidator {

    /** The deadlines Sportello computes (business hours, holidays, pauses); SLA timers must wait for one of them. */
    public static final Set<String> DEADLINE_VARIABLES = Set.of(Vars.FIRST_RESPONSE_DUE, Vars.RESOLUTION_DUE,
            Vars.RESOLUTION_WARNING_AT, Vars.ESCALATION_DUE, ParcelWatch.Vars.LATE_AT);

    /** {@code ${name}}: a bean in a delegate expression, a variable in a timer date. */
    private static final Pattern SINGLE_NAME = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    private final ConfigurableListableBeanFactory beans;
    private final Duration minimumHistory;
    private final Teams teams;
    private volatile Set<String> delegateBeans;

    ModelValidator(ConfigurableListableBeanFactory beans,
                   @Value("${sportello.workflow.minimum-history-time-to-live:P180D}") Duration minimumHistory,
                   Teams teams) {
        this.beans = beans;
        this.minimumHistory = minimumHistory;
        this.teams = teams;
    }

    /**
     * The teams a user task may offer work to: the tiers and the supervisors the desk's models use, and every team
     * administrators added (read each time: a team added a minute ago is one a model may name now).
     */
    public Set<String> knownGroups() {
        Set<String> groups = new java.util.TreeSet<>(teams.keys());
        Arrays.stream(Tier.values()).map(Tier::group).forEach(groups::add);
        groups.add(Role.GROUP_SUPERVISOR);
        return Collections.unmodifiableSet(groups);
    }

    /** The message names Sportello correlates. */
    public static Set<String> knownMessages() {
        Set<String> all = new TreeSet<>(TicketLifecycle.Messages.all());
        all.addAll(ParcelWatch.Messages.all());
        return Collections.unmodifiableSet(all);
    }

    /**
     * The beans a model may call: the desk's delegates and listeners (Spring beans of Sportello's own packages
     * that implement a delegate or listener interface). Read from bean definitions, without creating any bean.
     */
    public Set<String> delegateBeans() {
        Set<String> names = delegateBeans;
        if (names == null) {
            Set<String> found = new TreeSet<>();
            for (Class<?> type : List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)) {
                for (String name : beans.getBeanNamesForType(type, false, false)) {
                    if (declaredBy(name).startsWith("io.sportello.")) {
                        found.add(name);
                        // a step's former name, kept so that the versions which call it still run
                        found.addAll(java.util.Arrays.asList(beans.getAliases(name)));
                    }
                }
            }
            names = delegateBeans = Collections.unmodifiableSet(found);
        }
        return names;
    }

    /** The class that declares a bean: its {@code @Bean} method's class, or the bean's own class. */
    private String declaredBy(String name) {
        if (!beans.containsBeanDefinition(name)) {
            return "";
        }
        BeanDefinition definition = beans.getBeanDefinition(name);
        if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null) {
            return annotated.getFactoryMethodMetadata().getDeclaringClassName();
        }
        return definition.getBeanClassName() == null ? "" : definition.getBeanClassName();
    }

    /** The kind of model a file holds, read from its root element (not from a guess at its text); null if neither. */
    public static ModelKind kindOf(byte[] xml) {
        try {
            return ModelPolicy.kindOf(ModelPolicy.read(xml));
        } catch (IOException | SAXException | RuntimeException e) {
            return null;
        }
    }

    /** Every problem of the file, whatever it holds; {@code expected} is the kind asked for, null for any. */
    public List<ModelProblem> validate(ModelKind expected, byte[] xml) {
        Document document;
        try {
            document = ModelPolicy.read(xml);
        } catch (IOException | SAXException | RuntimeException e) {
            return List.of(new ModelProblem(Code.PARSE_ERROR, null, rootMessage(e)));
        }
        ModelKind kind = ModelPolicy.kindOf(document);
        if (kind == null) {
            return List.of(new ModelProblem(Code.PARSE_ERROR, null, "not a BPMN 2.0 or DMN 1.1–1.3 model (root element "
                    + document.getDocumentElement().getTagName() + ")"));
        }
        if (expected != null && expected != kind) {
            return List.of(new ModelProblem(Code.WRONG_KIND, null, kind.name()));
        }
        List<ModelProblem> problems = new ArrayList<>(
                new ModelPolicy(delegateBeans(), DEADLINE_VARIABLES, minimumHistory).check(kind, document));
        try {
            problems.addAll(kind == ModelKind.DMN ? validateDmn(xml) : validateBpmn(xml));
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(Code.PARSE_ERROR, null, rootMessage(e)));
        }
        return problems.stream().distinct().toList();
    }

    List<ModelProblem> validateBpmn(byte[] xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (ModelException | IllegalArgumentException e) {
            return List.of(new ModelProblem(Code.PARSE_ERROR, null, rootMessage(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        Collection<Process> processes = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).toList();
        if (processes.isEmpty()) {
            problems.add(new ModelProblem(Code.NO_DEFINITION, null, null));
        }
        for (Process process : processes) {
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                problems.add(new ModelProblem(Code.MISSING_HISTORY_TTL, process.getId(), null));
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
                    task.getCamundaExpression(), problems);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkDelegate(task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
                    task.getCamundaExpression(), problems);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaDecisionRef() == null) {
                checkDelegate(task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
                        task.getCamundaExpression(), problems);
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkListener(parentId(listener), listener.getCamundaDelegateExpression(), problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkListener(parentId(listener), listener.getCamundaDelegateExpression(), problems);
        }
        Set<String> groups = knownGroups();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            List<String> candidates = task.getCamundaCandidateGroupsList();
            if (candidates.isEmpty() && task.getCamundaAssignee() == null && task.getCamundaCandidateUsers() == null) {
                problems.add(new ModelProblem(Code.NO_CANDIDATES, task.getId(), null));
            }
            for (String group : candidates) {
                if (!group.contains("${") && !groups.contains(group)) {
                    problems.add(new ModelProblem(Code.UNKNOWN_GROUP, task.getId(), group));
                }
            }
        }
        Set<String> messages = knownMessages();
        for (Message message : model.getModelElementsByType(Message.class)) {
            if (message.getName() == null || !messages.contains(message.getName())) {
                problems.add(new ModelProblem(Code.UNKNOWN_MESSAGE, message.getId(), message.getName()));
            }
        }
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
                if (!waitsForDeadline(timer)) {
                    problems.add(new ModelProblem(Code.SLA_TIMER_NOT_COMPUTED, event.getId(), timerText(timer)));
                }
            }
        }
        return problems;
    }

    List<ModelProblem> validateDmn(byte[] xml) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (ModelException | IllegalArgumentException e) {
            return List.of(new ModelProblem(Code.PARSE_ERROR, null, rootMessage(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.isEmpty()) {
            problems.add(new ModelProblem(Code.NO_DEFINITION, null, null));
        }
        for (Decision decision : decisions) {
            String ttl = decision.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                problems.add(new ModelProblem(Code.MISSING_HISTORY_TTL, decision.getId(), null));
            }
        }
        return problems;
    }

    private void checkDelegate(String elementId, String delegateExpression, String className, String expression,
                               List<ModelProblem> problems) {
        if (delegateExpression == null) {
            problems.add(new ModelProblem(Code.NOT_A_DELEGATE_EXPRESSION, elementId,
                    className != null ? className : expression));
            return;
        }
        checkBean(elementId, delegateExpression, problems);
    }

    private void checkListener(String elementId, String delegateExpression, List<ModelProblem> problems) {
        if (delegateExpression != null) {
            checkBean(elementId, delegateExpression, problems);
        }
    }

    private void checkBean(String elementId, String delegateExpression, List<ModelProblem> problems) {
        Matcher m = SINGLE_NAME.matcher(delegateExpression);
        if (m.matches() && !delegateBeans().contains(m.group(1))) {
            problems.add(new ModelProblem(Code.UNKNOWN_DELEGATE, elementId, m.group(1)));
        }
    }

    private static boolean waitsForDeadline(TimerEventDefinition timer) {
        if (timer.getTimeDate() == null) {
            return false;
        }
        Matcher m = SINGLE_NAME.matcher(timer.getTimeDate().getTextContent().trim());
        return m.matches() && DEADLINE_VARIABLES.contains(m.group(1));
    }

    private static String timerText(TimerEventDefinition timer) {
        if (timer.getTimeDate() != null) {
            return timer.getTimeDate().getTextContent().trim();
        }
        if (timer.getTimeDuration() != null) {
            return timer.getTimeDuration().getTextContent().trim();
        }
        return timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent().trim() : null;
    }

    private static String parentId(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = element.getParentElement();
        while (parent != null && !(parent instanceof org.camunda.bpm.model.bpmn.instance.BaseElement)) {
            parent = parent.getParentElement();
        }
        return parent == null ? null : ((org.camunda.bpm.model.bpmn.instance.BaseElement) parent).getId();
    }

    /** The innermost cause's message: what a parser actually complained about. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return message != null ? message : t.getClass().getSimpleName();
    }

}
