package io.sportello.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sportello.shared.Actor;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.workflow.ModelProblem.Code;
import io.sportello.workflow.internal.EngineModelCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owner's side of the engine: every process and decision with its versions and running tickets,
 * the model of any version, validation before deploy, deployment of a new version with a required comment
 * (recorded with who, when, why and the changes against the version before), and the diff between versions.
 * <p>
 * The models in the repository's {@code processes/} stay the source of truth: the engine deploys them at start
 * when they changed (deployment "SpringAutoDeployment"); versions deployed here go to a deployment of their own
 * ("SportelloStudio") so a restart does not undo them, and are exported back to the repository by downloading.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("studio")
public class ProcessStudio {

    static final String STUDIO_DEPLOYMENT = "SportelloStudio";
    private static final Logger log = LoggerFactory.getLogger(ProcessStudio.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ModelValidator validator;
    private final ModelDeploymentRepository deployments;
    private final ObjectMapper json;
    private final Clock clock;
    private final EngineModelCheck engineCheck;

    ProcessStudio(RepositoryService repository, RuntimeService runtime, ManagementService management, ModelValidator validator,
                  ModelDeploymentRepository deployments, ObjectMapper json, Clock clock,
                  EngineModelCheck engineCheck) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.validator = validator;
        this.deployments = deployments;
        this.json = json;
        this.clock = clock;
        this.engineCheck = engineCheck;
    }

    /** Every version of every process and decision, newest first within each key. */
    @Transactional(readOnly = true)
    public List<ModelVersion> versions() {
        return versions(true);
    }

    /** Every version; running tickets are counted only when asked (one aggregation over all running instances). */
    private List<ModelVersion> versions(boolean countRunning) {
        Map<String, Instant> deployedAt = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, d -> d.getDeploymentTime().toInstant()));
        Map<String, Long> running = !countRunning ? Map.of()
                : management.createProcessDefinitionStatisticsQuery().list().stream()
                        .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, s -> (long) s.getInstances()));
        List<ModelVersion> versions = new ArrayList<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
            versions.add(new ModelVersion(d.getId(), d.getKey(), d.getName(), d.getVersion(), ModelKind.BPMN,
                    d.getResourceName(), d.getDeploymentId(), deployedAt.get(d.getDeploymentId()),
                    running.getOrDefault(d.getId(), 0L), false));
        }
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().list()) {
            versions.add(new ModelVersion(d.getId(), d.getKey(), d.getName(), d.getVersion(), ModelKind.DMN,
                    d.getResourceName(), d.getDeploymentId(), deployedAt.get(d.getDeploymentId()), 0, false));
        }
        Map<String, Integer> newest = versions.stream()
                .collect(Collectors.toMap(ModelVersion::key, ModelVersion::version, Math::max));
        return versions.stream()
                .map(v -> v.version() == newest.get(v.key()) ? withLatest(v) : v)
                .sorted(Comparator.comparing(ModelVersion::kind).thenComparing(ModelVersion::key)
                        .thenComparing(ModelVersion::version, Comparator.reverseOrder()))
                .toList();
    }

    /** One version, read directly (no listing of all versions). */
    @Transactional(readOnly = true)
    public ModelVersion version(String definitionId) {
        ProcessDefinition process = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (process != null) {
            ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey(process.getKey())
                    .latestVersion().singleResult();
            return new ModelVersion(process.getId(), process.getKey(), process.getName(), process.getVersion(),
                    ModelKind.BPMN, process.getResourceName(), process.getDeploymentId(),
                    deployedAt(process.getDeploymentId()),
                    runtime.createProcessInstanceQuery().processDefinitionId(definitionId).count(),
                    newest.getId().equals(process.getId()));
        }
        DecisionDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId)
                .singleResult();
        if (decision == null) {
            throw new NotFoundException("Model version", definitionId);
        }
        DecisionDefinition newest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getKey())
                .latestVersion().singleResult();
        return new ModelVersion(decision.getId(), decision.getKey(), decision.getName(), decision.getVersion(),
                ModelKind.DMN, decision.getResourceName(), decision.getDeploymentId(),
                deployedAt(decision.getDeploymentId()), 0, newest.getId().equals(decision.getId()));
    }

    private Instant deployedAt(String deploymentId) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        return deployment == null ? null : deployment.getDeploymentTime().toInstant();
    }

    @Transactional(readOnly = true)
    public Optional<ModelVersion> latest(String key) {
        ProcessDefinition process = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        if (process != null) {
            return Optional.of(version(process.getId()));
        }
        DecisionDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        return Optional.ofNullable(decision).map(d -> version(d.getId()));
    }

    /** The model file (BPMN or DMN XML) of one version, exactly as deployed. */
    @Transactional(readOnly = true)
    public byte[] model(String definitionId) {
        ModelVersion version = version(definitionId);
        try (InputStream in = version.kind() == ModelKind.DMN ? repository.getDecisionModel(definitionId)
                : repository.getProcessModel(definitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a version downloads as, e.g. {@code tier-escalation.bpmn}. */
    public static String fileName(ModelVersion version) {
        String resource = version.resourceName();
        return resource == null ? version.key() + version.kind().extension()
                : resource.substring(resource.lastIndexOf('/') + 1);
    }

    /**
     * Everything that would stop a model from working as a Sportello process: Sportello's own rules first
     * ({@link ModelValidator}), then the engine's parser and decision transformer — without deploying anything or
     * evaluating any expression. Empty when it may go live; never an exception, whatever the file holds.
     */
    public List<ModelProblem> validate(byte[] xml) {
        List<ModelProblem> problems = validator.validate(null, xml);
        if (!problems.isEmpty()) {
            return problems;
        }
        ModelKind kind = ModelValidator.kindOf(xml);
        List<EngineModelCheck.Complaint> complaints;
        try {
            complaints = kind == ModelKind.DMN ? engineCheck.dmn(xml) : engineCheck.bpmn(resourceName(kind, xml), xml);
        } catch (RuntimeException e) {
            complaints = List.of(new EngineModelCheck.Complaint(null, ModelValidator.rootMessage(e)));
        }
        return engineProblems(complaints);
    }

    /**
     * Deploys a model as the new version of its process or decision. Refused, with nothing changed, when the
     * comment is missing or the model has problems ({@link ModelInvalidException}).
     */
    public DeploymentRecord deploy(byte[] xml, String comment, Actor actor) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("COMMENT_REQUIRED", "Say why this version is deployed (comment)");
        }
        List<ModelProblem> problems = validate(xml);
        if (!problems.isEmpty()) {
            throw new ModelInvalidException(problems);
        }
        ModelKind kind = ModelValidator.kindOf(xml);
        String key = keyOf(kind, xml);
        Optional<ModelVersion> previous = latest(key);
        DeploymentWithDefinitions deployment;
        try {
            deployment = repository.createDeployment().name(STUDIO_DEPLOYMENT).source(DeploymentRecord.SOURCE_STUDIO)
                    .addInputStream(previous.map(ModelVersion::resourceName).orElse(resourceName(kind, xml)),
                            new ByteArrayInputStream(xml))
                    .deployWithResult();
        } catch (ParseException e) {
            throw new ModelInvalidException(engineProblems(EngineModelCheck.complaints(e)));
        }
        String definitionId = kind == ModelKind.DMN
                ? deployment.getDeployedDecisionDefinitions().stream().filter(d -> d.getKey().equals(key)).findFirst()
                        .orElseThrow().getId()
                : deployment.getDeployedProcessDefinitions().stream().filter(d -> d.getKey().equals(key)).findFirst()
                        .orElseThrow().getId();
        ModelVersion deployed = version(definitionId);
        List<ModelChange> changes = ModelDiff.between(kind, previous.map(p -> model(p.id())).orElse(null), xml);
        ModelDeployment saved = deployments.save(new ModelDeployment(deployed, DeploymentRecord.SOURCE_STUDIO,
                actor.id(), clock.instant(), comment.strip(), previous.map(ModelVersion::id).orElse(null),
                write(changes)));
        log.info("{} deployed {} version {}: {}", actor.id(), key, deployed.version(), comment);
        return toRecord(saved);
    }

    /** Elements added, removed and changed from one version to another (of the same kind). */
    @Transactional(readOnly = true)
    public List<ModelChange> diff(String fromDefinitionId, String toDefinitionId) {
        ModelVersion to = version(toDefinitionId);
        return ModelDiff.between(to.kind(), model(fromDefinitionId), model(toDefinitionId));
    }

    /** Every recorded deployment, newest first. */
    @Transactional(readOnly = true)
    public List<DeploymentRecord> deploymentHistory() {
        return deployments.findAllByOrderByIdDesc().stream().map(this::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DeploymentRecord> deploymentOf(String definitionId) {
        return deployments.findByDefinitionId(definitionId).map(this::toRecord);
    }

    /**
     * Records the versions the engine deployed from {@code processes/} at start (only changed models are
     * deployed): by "system", with the changes against the version before.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void recordRepositoryDeployments() {
        Map<String, List<ModelVersion>> byKey = versions(false).stream()
                .collect(Collectors.groupingBy(ModelVersion::key));
        for (List<ModelVersion> versions : byKey.values()) {
            List<ModelVersion> ascending = versions.stream().sorted(Comparator.comparing(ModelVersion::version)).toList();
            ModelVersion previous = null;
            for (ModelVersion v : ascending) {
                if (!deployments.existsByDefinitionId(v.id())) {
                    List<ModelChange> changes = ModelDiff.between(v.kind(),
                            previous == null ? null : model(previous.id()), model(v.id()));
                    deployments.save(new ModelDeployment(v, DeploymentRecord.SOURCE_REPOSITORY, Actor.system().id(),
                            v.deployedAt() != null ? v.deployedAt() : clock.instant(), "deployed from processes/",
                            previous == null ? null : previous.id(), write(changes)));
                }
                previous = v;
            }
        }
    }

    private static String keyOf(ModelKind kind, byte[] xml) {
        if (kind == ModelKind.DMN) {
            return Dmn.readModelFromStream(new ByteArrayInputStream(xml)).getModelElementsByType(Decision.class)
                    .iterator().next().getId();
        }
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml)).getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).findFirst().orElseThrow().getId();
    }

    private static String resourceName(ModelKind kind, byte[] xml) {
        return (kind == ModelKind.DMN ? "processes/decisions/" : "processes/") + keyOf(kind, xml) + kind.extension();
    }

    private static List<ModelProblem> engineProblems(List<EngineModelCheck.Complaint> complaints) {
        return complaints.stream().map(c -> new ModelProblem(Code.ENGINE_REJECTED, c.elementId(), c.message())).toList();
    }

    private ModelVersion withLatest(ModelVersion v) {
        return new ModelVersion(v.id(), v.key(), v.name(), v.version(), v.kind(), v.resourceName(), v.deploymentId(),
                v.deployedAt(), v.running(), true);
    }

    private DeploymentRecord toRecord(ModelDeployment d) {
        return new DeploymentRecord(d.getDefinitionKey(), d.getDefinitionId(), d.getKind(), d.getVersion(), d.getSource(),
                d.getDeployedBy(), d.getDeployedAt(), d.getComment(), d.getPreviousDefinitionId(), read(d.getChanges()));
    }

    private String write(List<ModelChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ModelChange> read(String changes) {
        if (changes == null) {
            return List.of();
        }
        try {
            return json.readValue(changes, new TypeReference<List<ModelChange>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
