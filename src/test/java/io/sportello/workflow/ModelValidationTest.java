package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.workflow.ModelProblem.Code;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file a process owner hands in gets an answer in words, never an exception: models from other tools, odd
 * but valid namespaces, broken decision tables. Validation reads; it never deploys.
 */
class ModelValidationTest extends SportelloSpringTest {

    @Autowired
    ProcessStudio studio;
    @Autowired
    RepositoryService repository;

    static String text(String path) {
        return new String(ModelEdits.file(path), StandardCharsets.UTF_8);
    }

    @Test
    void aProcessThatDeclaresTheDmnNamespaceFirstIsStillAProcess() {
        String model = text("processes/csat-survey.bpmn").replaceFirst("<definitions ",
                "<definitions xmlns:dmn=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" ");

        assertThat(ModelValidator.kindOf(model.getBytes(StandardCharsets.UTF_8))).isEqualTo(ModelKind.BPMN);
        assertThat(studio.validate(model.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aMessageWithoutANameIsAProblemNotACrash() {
        String model = text("processes/csat-survey.bpmn").replaceFirst("name=\"SurveyAnswered\"", "");

        assertThat(studio.validate(model.getBytes(StandardCharsets.UTF_8))).extracting(ModelProblem::code)
                .contains(Code.UNKNOWN_MESSAGE);
    }

    @Test
    void aDecisionTableTheEngineCannotTransformIsRefusedBeforeDeployment() {
        String badHitPolicy = text("processes/decisions/sla-policy.dmn").replaceFirst("hitPolicy=\"FIRST\"",
                "hitPolicy=\"PRIORITY\"");
        String badFeel = text("processes/decisions/sla-policy.dmn").replaceFirst("<text>&quot;URGENT&quot;</text>",
                "<text>&quot;URGENT</text>");

        assertThat(studio.validate(badHitPolicy.getBytes(StandardCharsets.UTF_8))).extracting(ModelProblem::code)
                .containsExactly(Code.ENGINE_REJECTED);
        assertThat(studio.validate(badFeel.getBytes(StandardCharsets.UTF_8))).extracting(ModelProblem::code)
                .containsExactly(Code.ENGINE_REJECTED);
    }

    @Test
    void validatingAGoodModelDeploysNothing() {
        long deployments = repository.createDeploymentQuery().count();

        assertThat(studio.validate(ModelEdits.file("processes/tier-escalation.bpmn"))).isEmpty();
        assertThat(studio.validate(ModelEdits.file("processes/decisions/ticket-triage.dmn"))).isEmpty();

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void anythingThatIsNoModelIsExplained() {
        assertThat(studio.validate(new byte[0])).extracting(ModelProblem::code).containsExactly(Code.PARSE_ERROR);
        assertThat(studio.validate("{\"not\": \"xml\"}".getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::code).containsExactly(Code.PARSE_ERROR);
        assertThat(studio.validate("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::code).containsExactly(Code.PARSE_ERROR);
        assertThat(studio.validate("<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\"/>"
                .getBytes(StandardCharsets.UTF_8))).extracting(ModelProblem::code).containsExactly(Code.PARSE_ERROR);
    }

    @Test
    void aShortHistoryTimeToLiveIsRefused() {
        String model = text("processes/ticket-lifecycle.bpmn").replace("camunda:historyTimeToLive=\"180\"",
                "camunda:historyTimeToLive=\"30\"");

        assertThat(studio.validate(model.getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::code, ModelProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.HISTORY_TTL_TOO_SHORT, "30/180"));
    }

    @Test
    void conditionsComparingVariablesAreAcceptedAndAnythingMoreIsNot() {
        String model = text("processes/csat-survey.bpmn");
        String lenient = model.replace("${csatScore &gt; 2}", "${ csatScore ge 3 and not empty csatScore }");
        String sneaky = model.replace("${csatScore &gt; 2}", "${csatScore.getClass() != null}");
        String bracket = model.replace("${csatScore &gt; 2}", "${execution['processEngine'] != null}");

        assertThat(studio.validate(lenient.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(studio.validate(sneaky.getBytes(StandardCharsets.UTF_8))).extracting(ModelProblem::code)
                .containsExactly(Code.NOT_ALLOWED_EXPRESSION);
        assertThat(studio.validate(bracket.getBytes(StandardCharsets.UTF_8))).extracting(ModelProblem::code)
                .containsExactly(Code.NOT_ALLOWED_EXPRESSION);
    }
}
