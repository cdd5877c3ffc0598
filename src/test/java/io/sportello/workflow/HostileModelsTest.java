package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.Canary;
import io.sportello.SportelloSpringTest;
import io.sportello.shared.Actor;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Models are code: every file in {@code src/test/resources/hostile-models} tries to make the server run something
 * (or lose history) and is refused on each route into the engine — the studio's validation and deployment, and
 * the engine's own deployment (the door the engine REST API, Cockpit and {@code processes/} use) — with a message
 * a process owner can read. The canary bean and file prove that nothing in them ran, and a control shows that the
 * canary would have noticed.
 */
class HostileModelsTest extends SportelloSpringTest {

    static final Path CANARY_FILE = Path.of("target/canary-file");

    @Autowired
    ProcessStudio studio;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    Canary canary;

    static Stream<File> hostileModels() {
        return Arrays.stream(new File("src/test/resources/hostile-models")
                .listFiles((dir, name) -> name.endsWith(".bpmn") || name.endsWith(".dmn"))).sorted();
    }

    @BeforeEach
    void cleanCanary() throws IOException {
        canary.clear();
        Files.deleteIfExists(CANARY_FILE);
        System.clearProperty("sportello.canary");
    }

    @AfterEach
    void nothingRan() {
        assertThat(canary.touched()).as("expressions of hostile models that ran").isEmpty();
        assertThat(CANARY_FILE).doesNotExist();
        assertThat(System.getProperty("sportello.canary")).isNull();
    }

    @ParameterizedTest
    @MethodSource("hostileModels")
    void studioValidationRefusesWithAClearMessage(File file) throws IOException {
        byte[] xml = Files.readAllBytes(file.toPath());

        var problems = studio.validate(xml);

        assertThat(problems).as(file.getName()).isNotEmpty();
        assertThat(problems).as("a clear reason, not the engine's parser tripping over it")
                .noneMatch(p -> p.code() == ModelProblem.Code.ENGINE_REJECTED);
        ResourceBundle it = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ITALIAN);
        problems.forEach(p -> assertThat(it.getString("studio.problem." + p.code().name())).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("hostileModels")
    void studioDeploymentRefusesAndDeploysNothing(File file) throws IOException {
        byte[] xml = Files.readAllBytes(file.toPath());
        long before = repository.createDeploymentQuery().count();

        assertThatThrownBy(() -> studio.deploy(xml, "let me in", Actor.user("paolo", "Paolo")))
                .isInstanceOf(ModelInvalidException.class);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostileModels")
    void theEngineItselfRefusesTheDeployment(File file) throws IOException {
        byte[] xml = Files.readAllBytes(file.toPath());
        String key = file.getName().replaceFirst("\\.(bpmn|dmn)$", "");

        assertThatThrownBy(() -> repository.createDeployment().name("hostile")
                .addInputStream(file.getName(), new ByteArrayInputStream(xml)).deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Sportello refuses");

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
    }

    @Test
    void theEngineRefusesResourcesThatAreNoModels() {
        assertThatThrownBy(() -> repository.createDeployment().name("hostile")
                .addString("evil.groovy", "canary.touch('groovy')")
                .addString("case.cmmn", "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\"/>")
                .deploy())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("UNSUPPORTED_RESOURCE");
    }

    @Test
    void controlTheCanaryNoticesAnExpressionThatRuns() {
        engine.getCommandExecutorTxRequired().execute(context -> engine.getExpressionManager()
                .createExpression("${canary.touch('control')}").getValue(StartProcessVariableScope.getSharedInstance()));

        assertThat(canary.touched()).containsExactly("control");
        canary.clear();
    }

    @ParameterizedTest
    @EnumSource(ModelProblem.Code.class)
    void everyProblemHasATextInBothLanguages(ModelProblem.Code code) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            assertThat(ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString("studio.problem." + code))
                    .isNotBlank();
        }
    }
}
