package io.sportello.workflow.internal;

import io.sportello.workflow.ModelProblem;
import io.sportello.workflow.ModelValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds every deployment to the desk's model rules inside the engine itself, whatever its route (the models in
 * {@code processes/}, the studio, the engine's REST API, Cockpit, or any future path): a deployer that runs before
 * the engine's own checks each BPMN and DMN resource with {@link ModelValidator} and refuses the whole deployment,
 * as a {@link ParseException} naming each problem, when one breaks them. Resources that are no BPMN or DMN model
 * (CMMN, forms, scripts) are refused; diagram images pass. It also makes FEEL the only expression language of
 * decision tables (the engine's legacy default is JUEL for input expressions and output entries).
 */
@Component
class ModelPolicyPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ModelPolicyPlugin.class);
    private static final List<String> IMAGES = List.of(".png", ".svg", ".jpg", ".jpeg", ".gif");

    private final ModelValidator validator;

    ModelPolicyPlugin(ModelValidator validator) {
        this.validator = validator;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> pre = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        pre.add(0, this::check);
        configuration.setCustomPreDeployers(pre);

        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setDefaultInputExpressionExpressionLanguage("feel");
        dmn.setDefaultInputEntryExpressionLanguage("feel");
        dmn.setDefaultOutputEntryExpressionLanguage("feel");
        dmn.setDefaultLiteralExpressionLanguage("feel");
        configuration.setDmnEngineConfiguration(dmn);
    }

    private void check(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null) {
            return;
        }
        for (ResourceEntity resource : resources.values()) {
            String name = resource.getName() == null ? "" : resource.getName().toLowerCase(Locale.ROOT);
            List<ModelProblem> problems;
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")
                    || name.endsWith(".dmn11.xml")) {
                problems = validator.validate(null, resource.getBytes());
            } else if (IMAGES.stream().anyMatch(name::endsWith)) {
                continue;
            } else {
                problems = List.of(new ModelProblem(ModelProblem.Code.UNSUPPORTED_RESOURCE, null, resource.getName()));
            }
            if (!problems.isEmpty()) {
                log.warn("Deployment '{}' refused: {} breaks the model rules: {}", deployment.getName(),
                        resource.getName(), problems);
                List<Problem> errors = problems.stream().map(p -> (Problem) new Refusal(p)).toList();
                throw new ParseException("Sportello refuses " + resource.getName() + ": " + problems, resource.getName(),
                        errors, List.of());
            }
        }
    }

    /** A problem in the engine's terms, so every client of the engine (REST, Cockpit) reports it as a parse error. */
    private record Refusal(ModelProblem problem) implements Problem {

        @Override
        public String getMessage() {
            return problem.toString();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() == null ? List.of() : List.of(problem.elementId());
        }
    }
}
