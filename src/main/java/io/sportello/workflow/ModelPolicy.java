package io.sportello.workflow;

import io.sportello.workflow.ModelProblem.Code;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a deployable model may contain: an allow-list read from the XML itself, so that nothing the engine would
 * interpret slips through unseen. A model may call the desk's delegate beans by name, wait for the deadlines the
 * desk computes or for literal ISO durations, offer work to known teams, route on plain comparisons of variables,
 * and use the few exact expressions the desk's own models need. Scripts, Java classes, connectors, field injection,
 * expression listeners, method calls and any other expression are refused; decision tables are FEEL only.
 * <p>
 * The policy never evaluates anything: it reads text. It is applied by the studio's validation and by the engine
 * to every deployment, whatever its route.
 */
@org.springframework.modulith.NamedInterface("studio")
final class ModelPolicy {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMN_DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DD_DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DD_DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    /** Older engines' name for the Camunda extensions; Camunda 7 still reads it, so it is refused outright. */
    static final String ACTIVITI = "http://activiti.org/bpmn";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final Set<String> DMN_MODEL = Set.of("http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "https://www.omg.org/spec/DMN/20180521/MODEL/", "https://www.omg.org/spec/DMN/20191111/MODEL/");
    static final Set<String> DMN_DIAGRAM = Set.of("https://www.omg.org/spec/DMN/20180521/DMNDI/",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/");
    static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/FEEL/20140401",
            "https://www.omg.org/spec/DMN/20191111/FEEL/", "https://www.omg.org/spec/DMN/20180521/FEEL/");

    /** BPMN elements the desk runs. Anything else (script tasks, multi-instance, signals, data objects…) is refused. */
    private static final Set<String> BPMN_ELEMENTS = Set.of("definitions", "process", "collaboration", "participant",
            "messageFlow", "laneSet", "lane", "flowNodeRef", "childLaneSet", "documentation", "extensionElements",
            "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "task",
            "userTask", "manualTask", "serviceTask", "sendTask", "receiveTask", "businessRuleTask", "callActivity",
            "subProcess", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "sequenceFlow",
            "conditionExpression", "incoming", "outgoing", "messageEventDefinition", "timerEventDefinition", "timeDate",
            "timeDuration", "timeCycle", "errorEventDefinition", "escalationEventDefinition", "terminateEventDefinition",
            "linkEventDefinition", "message", "error", "escalation", "textAnnotation", "text", "association", "group",
            "category", "categoryValue",
            // modelling-only elements the engine does not execute, accepted so models from other tools load
            "itemDefinition", "dataObject", "dataObjectReference", "dataStore", "dataStoreReference",
            "dataInputAssociation", "dataOutputAssociation", "sourceRef", "targetRef", "ioSpecification", "dataInput",
            "dataOutput", "inputSet", "outputSet", "dataInputRefs", "dataOutputRefs", "optionalInputRefs",
            "optionalOutputRefs", "whileExecutingInputRefs", "whileExecutingOutputRefs", "property", "dataState",
            "resource", "import", "extension", "signal", "interface", "operation", "inMessageRef", "outMessageRef",
            "correlationProperty", "correlationKey", "correlationPropertyRef", "messageFlowRef", "conversation",
            "participantRef", "participantMultiplicity", "inputSetRefs", "outputSetRefs", "categoryValueRef",
            "relationship", "source", "target", "eventDefinitionRef", "globalTask", "globalUserTask",
            "globalManualTask", "transformation", "assignment", "from", "to",
            // compensation, and conditional events whose condition is checked like a flow condition
            "compensateEventDefinition", "conditionalEventDefinition", "condition");

    /** Camunda extension elements a model may use; fields, connectors, scripts, forms, maps and lists are not. */
    private static final Set<String> CAMUNDA_ELEMENTS = Set.of("inputOutput", "inputParameter", "outputParameter", "in",
            "out", "executionListener", "taskListener", "properties", "property", "failedJobRetryTimeCycle");

    private static final Set<String> ASYNC = Set.of("asyncBefore", "asyncAfter", "exclusive", "jobPriority");

    /** Camunda attributes allowed per BPMN element; "*" applies to every element. */
    private static final Map<String, Set<String>> CAMUNDA_ATTRIBUTES = Map.ofEntries(
            Map.entry("*", ASYNC),
            Map.entry("definitions", Set.of("diagramRelationId")),
            Map.entry("process", Set.of("historyTimeToLive", "isStartableInTasklist", "versionTag", "jobPriority",
                    "taskPriority")),
            Map.entry("serviceTask", Set.of("delegateExpression")),
            Map.entry("sendTask", Set.of("delegateExpression")),
            Map.entry("messageEventDefinition", Set.of("delegateExpression")),
            Map.entry("businessRuleTask", Set.of("decisionRef", "decisionRefBinding", "decisionRefVersion",
                    "decisionRefVersionTag", "resultVariable", "mapDecisionResult", "delegateExpression")),
            Map.entry("userTask", Set.of("assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate",
                    "priority", "formKey")),
            Map.entry("callActivity", Set.of("calledElementBinding", "calledElementVersion", "calledElementVersionTag")),
            Map.entry("startEvent", Set.of("initiator", "formKey")),
            Map.entry("errorEventDefinition", Set.of("errorCodeVariable", "errorMessageVariable")),
            Map.entry("conditionalEventDefinition", Set.of("variableName", "variableEvents")),
            Map.entry("error", Set.of("errorMessage")),
            Map.entry("in", Set.of("source", "target", "variables", "local", "businessKey")),
            Map.entry("out", Set.of("source", "target", "variables", "local")),
            Map.entry("inputParameter", Set.of("name")),
            Map.entry("outputParameter", Set.of("name")),
            Map.entry("executionListener", Set.of("event", "delegateExpression")),
            Map.entry("taskListener", Set.of("event", "delegateExpression", "id")),
            Map.entry("property", Set.of("name", "value")));

    private static final Set<String> DMN_ELEMENTS = Set.of("definitions", "decision", "decisionTable", "input",
            "inputExpression", "inputValues", "output", "outputValues", "rule", "inputEntry", "outputEntry", "text",
            "description", "annotationEntry", "annotation", "literalExpression", "variable", "informationRequirement",
            "requiredDecision", "requiredInput", "inputData", "extensionElements", "question", "allowedAnswers");
    private static final Set<String> CAMUNDA_DMN_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag", "inputVariable");

    /** FEEL's "external" functions bind Java methods; refused whatever the engine's settings. */
    private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");
    private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final Pattern WHOLE_EXPRESSION = Pattern.compile("\\s*[$#]\\{(.*)}\\s*", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final Pattern DECISION_RESULT =
            Pattern.compile("\\s*decisionResult\\.getSingleResult\\(\\)\\.([A-Za-z_][A-Za-z0-9_]*)\\s*");
    private static final Pattern BUSINESS_KEY = Pattern.compile("\\s*execution\\.processBusinessKey\\s*");
    private static final Pattern ISO_DURATION = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?"
            + "(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern ISO_CYCLE = Pattern.compile("R\\d*(/[0-9T:.+\\-Z]+)?/" + ISO_DURATION.pattern());
    private static final Pattern RETRY_CYCLE = Pattern.compile("[RPTDHMSW0-9/,\\s]+");
    private static final Pattern CRON = Pattern.compile("[0-9*?/,\\-LW#A-Z ]+");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+\\-]\\d{2}:\\d{2})?)?");

    private final Set<String> delegateBeans;
    private final Set<String> deadlineVariables;
    private final Set<String> knownVariables;
    private final Duration minimumHistory;
    /** The known variables and those the model being checked declares (outputs, call results). */
    private Set<String> variables;

    ModelPolicy(Set<String> delegateBeans, Set<String> deadlineVariables, Duration minimumHistory) {
        this.delegateBeans = delegateBeans;
        this.deadlineVariables = deadlineVariables;
        this.knownVariables = union(union(Vars.all(), ParcelWatch.Vars.all()), SelfService.Vars.all());
        this.minimumHistory = minimumHistory;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return java.util.Collections.unmodifiableSet(all);
    }

    /** The kind of model a file holds, read from its root element; null when it is neither BPMN nor DMN. */
    static ModelKind kindOf(Document document) {
        Element root = document.getDocumentElement();
        if (root == null || !"definitions".equals(root.getLocalName())) {
            return null;
        }
        if (BPMN.equals(root.getNamespaceURI())) {
            return ModelKind.BPMN;
        }
        return DMN_MODEL.contains(root.getNamespaceURI()) ? ModelKind.DMN : null;
    }

    /** Reads XML without DTDs, external entities or includes; throws with a readable message otherwise. */
    static Document read(byte[] xml) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    List<ModelProblem> check(ModelKind kind, Document document) {
        List<ModelProblem> problems = new ArrayList<>();
        variables = new HashSet<>(knownVariables);
        variables.addAll(declaredVariables(document));
        if (kind == ModelKind.DMN) {
            walkDmn(document.getDocumentElement(), null, problems);
        } else {
            walkBpmn(document.getDocumentElement(), null, problems);
        }
        return problems;
    }

    /** Variables a model sets itself: input/output parameters, call activity outputs, result variables. */
    private static Set<String> declaredVariables(Document document) {
        Set<String> names = new HashSet<>();
        for (String tag : List.of("outputParameter", "inputParameter", "out")) {
            NodeList nodes = document.getElementsByTagNameNS(CAMUNDA_BPMN, tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                names.add(e.hasAttribute("name") ? e.getAttribute("name") : e.getAttribute("target"));
            }
        }
        NodeList all = document.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : List.of("resultVariable", "errorCodeVariable", "errorMessageVariable", "initiator")) {
                if (e.hasAttributeNS(CAMUNDA_BPMN, attribute)) {
                    names.add(e.getAttributeNS(CAMUNDA_BPMN, attribute));
                }
            }
        }
        names.removeIf(n -> !NAME.matcher(n).matches());
        return names;
    }

    // ---- BPMN ----

    private void walkBpmn(Element element, String ownerId, List<ModelProblem> problems) {
        String ns = element.getNamespaceURI();
        String name = element.getLocalName();
        String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
        if (BPMN_DI.equals(ns) || DD_DC.equals(ns) || DD_DI.equals(ns)) {
            noExpressionsBelow(element, id, problems);
            return;
        }
        if (BPMN.equals(ns)) {
            if (!BPMN_ELEMENTS.contains(name)) {
                problems.add(new ModelProblem(code(name), id, name));
                return;
            }
        } else if (CAMUNDA_BPMN.equals(ns)) {
            if (!CAMUNDA_ELEMENTS.contains(name)) {
                problems.add(new ModelProblem(code(name), id, "camunda:" + name));
                return;
            }
        } else if (ACTIVITI.equals(ns) || !insideExtensionElements(element)) {
            problems.add(new ModelProblem(Code.NOT_ALLOWED_ELEMENT, id, element.getTagName()));
            return;
        } else {
            // another tool's extension (colours, layout, documentation): the engine ignores it, expressions aside
            noExpressionsBelow(element, id, problems);
            return;
        }
        checkAttributes(element, id, problems);
        checkText(element, id, problems);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walkBpmn(e, id, problems);
            }
        }
    }

    private static boolean insideExtensionElements(Element element) {
        for (Node parent = element.getParentNode(); parent instanceof Element e; parent = e.getParentNode()) {
            if (BPMN.equals(e.getNamespaceURI()) && "extensionElements".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static Code code(String localName) {
        return localName.toLowerCase().contains("script") ? Code.SCRIPT_NOT_ALLOWED : Code.NOT_ALLOWED_ELEMENT;
    }

    private void checkAttributes(Element element, String id, List<ModelProblem> problems) {
        String owner = element.getLocalName();
        boolean camundaElement = CAMUNDA_BPMN.equals(element.getNamespaceURI());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String ns = attr.getNamespaceURI();
            String name = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
            String value = attr.getValue();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                if (ACTIVITI.equals(value)) {
                    problems.add(new ModelProblem(Code.NOT_ALLOWED_ATTRIBUTE, id, attr.getName() + "=" + value));
                }
                continue;
            }
            if (ACTIVITI.equals(ns)) {
                problems.add(new ModelProblem(Code.NOT_ALLOWED_ATTRIBUTE, id, attr.getName()));
                continue;
            }
            if (CAMUNDA_BPMN.equals(ns) || (camundaElement && ns == null)) {
                if (!CAMUNDA_ATTRIBUTES.get("*").contains(name)
                        && !CAMUNDA_ATTRIBUTES.getOrDefault(owner, Set.of()).contains(name)) {
                    problems.add(new ModelProblem(name.equals("class") || name.endsWith("Class")
                            ? Code.CLASS_NOT_ALLOWED : name.equals("expression") || name.endsWith("Expression")
                            ? Code.NOT_ALLOWED_EXPRESSION : Code.NOT_ALLOWED_ATTRIBUTE, id,
                            (camundaElement ? "camunda:" + owner + " " : "camunda:") + name + "=\"" + value + "\""));
                    continue;
                }
                checkCamundaValue(owner, name, value, id, problems);
                continue;
            }
            if (XSI.equals(ns) && "type".equals(name) && !value.endsWith("tFormalExpression")) {
                problems.add(new ModelProblem(Code.NOT_ALLOWED_EXPRESSION, id, "xsi:type=" + value));
                continue;
            }
            if (ns == null && "language".equals(name)) {
                problems.add(new ModelProblem(Code.SCRIPT_NOT_ALLOWED, id, "language=\"" + value + "\""));
                continue;
            }
            if (ns == null && "calledElement".equals(name) && !KEY.matcher(value).matches()) {
                problems.add(new ModelProblem(Code.NOT_ALLOWED_EXPRESSION, id, "calledElement=\"" + value + "\""));
                continue;
            }
            if (EXPRESSION.matcher(value).find()) {
                problems.add(new ModelProblem(Code.NOT_ALLOWED_EXPRESSION, id, attr.getName() + "=\"" + value + "\""));
            }
        }
    }

    private void checkCamundaValue(String owner, String name, String value, String id, List<ModelProblem> problems) {
        String inner = inner(value);
        boolean ok = switch (name) {
            case "delegateExpression" -> {
                Matcher m = inner == null ? null : NAME.matcher(inner);
                if (m == null || !m.matches()) {
                    yield false;
                }
                if (!delegateBeans.contains(m.group(1))) {
                    problems.add(new ModelProblem(Code.UNKNOWN_DELEGATE, id, m.group(1)));
                }
                yield true;
            }
            case "assignee" -> inner == null ? true : isName(inner, Set.of(Vars.STICKY_ASSIGNEE));
            case "candidateGroups", "candidateUsers" -> inner == null || isName(inner, knownVariables);
            case "dueDate", "followUpDate" -> inner == null ? isDateOrDuration(value) : isName(inner, deadlineVariables);
            case "businessKey" -> inner != null && BUSINESS_KEY.matcher(inner).matches();
            case "source", "target", "errorCodeVariable", "errorMessageVariable", "initiator", "resultVariable",
                 "variableName" ->
                    inner == null && NAME.matcher(value).matches();
            case "historyTimeToLive" -> {
                checkHistoryTimeToLive(value, id, problems);
                yield true;
            }
            default -> inner == null && !EXPRESSION.matcher(value).find();
        };
        if (!ok) {
            problems.add(new ModelProblem(Code.NOT_ALLOWED_EXPRESSION, id, "camunda:" + name + "=\"" + value + "\""));
        }
    }

    private void checkText(Element element, String id, List<ModelProblem> problems) {
        String text = ownText(element);
        if (text.isBlank()) {
            return;
        }
        String name = element.getLocalName();
        String inner = inner(text);
        boolean ok = switch (name) {
            case "conditionExpression", "condition" -> inner != null && Condition.isAllowed(inner, variables);
            case "timeDate" -> inner == null ? ISO_DATE_TIME.matcher(text.strip()).matches()
                    : isName(inner, deadlineVariables);
            case "timeDuration" -> inner == null && ISO_DURATION.matcher(text.strip()).matches();
            case "timeCycle" -> inner == null && (ISO_CYCLE.matcher(text.strip()).matches()
                    || CRON.matcher(text.strip()).matches());
            case "failedJobRetryTimeCycle" -> inner == null && RETRY_CYCLE.matcher(text.strip()).matches();
            case "outputParameter", "inputParameter" -> inner == null ? !EXPRESSION.matcher(text).find()
                    : DECISION_RESULT.matcher(inner).matches() || NAME.matcher(inner).matches();
            default -> !EXPRESSION.matcher(text).find();
        };
        if (!ok) {
            problems.add(new ModelProblem(name.equals("conditionExpression") || name.equals("condition") || inner != null
                    ? Code.NOT_ALLOWED_EXPRESSION : Code.NOT_ALLOWED_VALUE, id, name + ": " + abbreviate(text.strip())));
        }
    }

    private void noExpressionsBelow(Element element, String id, List<ModelProblem> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if (EXPRESSION.matcher(attr.getValue()).find() || CAMUNDA_BPMN.equals(attr.getNamespaceURI())
                    || ACTIVITI.equals(attr.getNamespaceURI())) {
                problems.add(new ModelProblem(Code.NOT_ALLOWED_ATTRIBUTE, id, attr.getName()));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                noExpressionsBelow(e, id, problems);
            }
        }
    }

    private void checkHistoryTimeToLive(String value, String id, List<ModelProblem> problems) {
        Duration ttl = historyTimeToLive(value);
        if (ttl == null) {
            problems.add(new ModelProblem(Code.NOT_ALLOWED_VALUE, id, "historyTimeToLive=\"" + value + "\""));
        } else if (ttl.compareTo(minimumHistory) < 0) {
            problems.add(new ModelProblem(Code.HISTORY_TTL_TOO_SHORT, id, ttl.toDays() + "/" + minimumHistory.toDays()));
        }
    }

    /** The history time to live as Camunda reads it: days as a number, or an ISO period of days ({@code P180D}). */
    static Duration historyTimeToLive(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{1,6}")) {
                return Duration.ofDays(Long.parseLong(v));
            }
            if (v.matches("P\\d{1,6}D")) {
                return Duration.parse(v);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    // ---- DMN ----

    private void walkDmn(Element element, String ownerId, List<ModelProblem> problems) {
        String ns = element.getNamespaceURI();
        String name = element.getLocalName();
        String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
        if (DMN_DIAGRAM.contains(ns)) {
            return;
        }
        if (!DMN_MODEL.contains(ns) || !DMN_ELEMENTS.contains(name)) {
            problems.add(new ModelProblem(Code.NOT_ALLOWED_ELEMENT, id, element.getTagName()));
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String attrNs = attr.getNamespaceURI();
            String attrName = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attrNs)) {
                continue;
            }
            if (CAMUNDA_DMN.equals(attrNs)) {
                if (!CAMUNDA_DMN_ATTRIBUTES.contains(attrName)) {
                    problems.add(new ModelProblem(Code.NOT_ALLOWED_ATTRIBUTE, id, attr.getName()));
                } else if (attrName.equals("historyTimeToLive")) {
                    checkHistoryTimeToLive(attr.getValue(), id, problems);
                } else if (EXPRESSION.matcher(attr.getValue()).find()) {
                    problems.add(new ModelProblem(Code.NOT_ALLOWED_EXPRESSION, id, attr.getName()));
                }
            } else if (attrNs == null && attrName.equals("expressionLanguage") && !isFeel(attr.getValue())) {
                problems.add(new ModelProblem(Code.NOT_FEEL, id, attr.getValue()));
            } else if (attrNs != null && !XSI.equals(attrNs)) {
                problems.add(new ModelProblem(Code.NOT_ALLOWED_ATTRIBUTE, id, attr.getName()));
            }
        }
        if (name.equals("text") && EXPRESSION.matcher(ownText(element)).find()) {
            problems.add(new ModelProblem(Code.NOT_FEEL, id, abbreviate(ownText(element).strip())));
        } else if (name.equals("text") && FEEL_EXTERNAL.matcher(FEEL_STRING.matcher(ownText(element)).replaceAll("\"\""))
                .find()) {
            problems.add(new ModelProblem(Code.NOT_ALLOWED_EXPRESSION, id, abbreviate(ownText(element).strip())));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walkDmn(e, id, problems);
            }
        }
    }

    // ---- helpers ----

    /**
     * The inside of a value that is one whole {@code ${…}}; null when the value holds no expression at all; empty
     * (which no allowed form matches) when it mixes text and expressions or holds several.
     */
    private static String inner(String value) {
        if (!EXPRESSION.matcher(value).find()) {
            return null;
        }
        Matcher m = WHOLE_EXPRESSION.matcher(value);
        if (!m.matches() || EXPRESSION.matcher(m.group(1)).find() || m.group(1).contains("}")) {
            return "";
        }
        return m.group(1);
    }

    private static boolean isFeel(String language) {
        String l = language.strip();
        return l.equalsIgnoreCase("feel") || FEEL.contains(l);
    }

    private static boolean isName(String inner, Set<String> allowed) {
        Matcher m = NAME.matcher(inner);
        return m.matches() && allowed.contains(m.group(1));
    }

    private static boolean isDateOrDuration(String value) {
        String v = value.strip();
        return ISO_DATE_TIME.matcher(v).matches() || ISO_DURATION.matcher(v).matches();
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }
}
