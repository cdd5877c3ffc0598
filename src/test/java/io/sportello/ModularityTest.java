package io.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: Spring Modulith's verification, and only {@code workflow} may touch the engine. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SportelloApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.sportello");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void onlyWorkflowUsesTheProcessEngine() {
        noClasses().that().resideOutsideOfPackage("io.sportello.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("the engine stays behind the workflow module, so a move to another engine stays mechanical")
                .check(CLASSES);
    }

    @Test
    void userInterfaceUsesNoRepositories() {
        noClasses().that().resideInAPackage("io.sportello.ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
