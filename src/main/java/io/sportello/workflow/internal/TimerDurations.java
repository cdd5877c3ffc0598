package io.sportello.workflow.internal;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every timer duration the engine works out ({@code PT4H}, a business-hours deadline) creates a JAXP
 * {@link DatatypeFactory}, whose finder scans the whole class path for a provider each time unless told which one
 * (JFR of the demo history: 4 % of its time). Names the JDK's own, unless the JVM was told another.
 */
@Component
class TimerDurations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
