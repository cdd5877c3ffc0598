package io.sportello.workflow.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import io.sportello.workflow.ModelValidator;
import org.springframework.stereotype.Component;

/**
 * The engine's own reading of a model, without deploying it: the BPMN parser (the same the deployer uses, without
 * parse listeners) and the DMN transformer. Nothing is stored, no timer or subscription is created and no
 * expression is evaluated.
 */
@Component
public class EngineModelCheck {

    /** One complaint of the engine: the element concerned (may be null) and its message. */
    public record Complaint(String elementId, String message) {
    }

    /** FEEL's parser only: nothing is evaluated. */
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private final ProcessEngineConfigurationImpl configuration;

    EngineModelCheck(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public List<Complaint> bpmn(String resourceName, byte[] xml) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            BpmnParser parser = new BpmnParser(configuration.getExpressionManager(), configuration.getBpmnParseFactory());
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setName("validation");
            try {
                parser.createParse().sourceInputStream(new ByteArrayInputStream(xml)).deployment(deployment)
                        .name(resourceName).execute();
                return List.of();
            } catch (ParseException e) {
                return complaints(e);
            } catch (RuntimeException e) {
                return List.of(new Complaint(null, ModelValidator.rootMessage(e)));
            }
        });
    }

    /**
     * The DMN transformer, then FEEL's parser on every expression of the tables (the engine parses FEEL only when
     * a decision is first evaluated, so a syntax error would otherwise surface on a customer's ticket).
     */
    public List<Complaint> dmn(byte[] xml) {
        List<Complaint> transform = configuration.getCommandExecutorTxRequired().execute(context -> {
            try {
                configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(xml));
                return List.of();
            } catch (RuntimeException e) {
                return List.of(new Complaint(null, ModelValidator.rootMessage(e)));
            }
        });
        if (!transform.isEmpty()) {
            return transform;
        }
        List<Complaint> complaints = new ArrayList<>();
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        for (InputExpression e : model.getModelElementsByType(InputExpression.class)) {
            feel(e.getId(), e.getText() == null ? null : e.getText().getTextContent(), false, complaints);
        }
        for (InputEntry e : model.getModelElementsByType(InputEntry.class)) {
            feel(e.getId(), e.getText() == null ? null : e.getText().getTextContent(), true, complaints);
        }
        for (OutputEntry e : model.getModelElementsByType(OutputEntry.class)) {
            feel(e.getId(), e.getText() == null ? null : e.getText().getTextContent(), false, complaints);
        }
        for (LiteralExpression e : model.getModelElementsByType(LiteralExpression.class)) {
            feel(e.getId(), e.getText() == null ? null : e.getText().getTextContent(), false, complaints);
        }
        return complaints;
    }

    private static void feel(String id, String text, boolean unaryTests, List<Complaint> complaints) {
        if (text == null || text.isBlank() || unaryTests && text.strip().equals("-")) {
            return;
        }
        ParseResult result = unaryTests ? FEEL.parseUnaryTests(text) : FEEL.parseExpression(text);
        if (result.isFailure()) {
            complaints.add(new Complaint(id, "FEEL: " + result.failure().message()));
        }
    }

    /** What the engine said in a parse exception, element by element. */
    public static List<Complaint> complaints(ParseException e) {
        List<Complaint> complaints = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
            for (Problem p : report.getErrors()) {
                complaints.add(new Complaint(p.getMainElementId(), p.getMessage()));
            }
        }
        if (complaints.isEmpty()) {
            complaints.add(new Complaint(null, ModelValidator.rootMessage(e)));
        }
        return complaints;
    }
}
