package io.sportello.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fast process tests: in-memory engine from camunda.cfg.xml, no job executor, stand-in delegates. */
@ExtendWith(ProcessEngineExtension.class)
abstract class ProcessTestBase {

    ProcessEngine processEngine;
    final ProcessTestSupport support = new ProcessTestSupport();

    @BeforeEach
    void setUpEngine() {
        init(processEngine);
        support.register();
    }

    @AfterEach
    void resetDelegatesAndClock() {
        ProcessTestSupport.reset();
    }
}
