package io.sportello.workflow.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Liquibase owns the schema, the engine's tables included ({@code schema-update: false}), so the engine
 * must not start before Liquibase has run.
 */
@Component
class EngineAfterLiquibase implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition("liquibase")) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        names.addAll(Arrays.asList(beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)));
        names.addAll(Arrays.asList(beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)));
        for (String name : names) {
            String definitionName = name.startsWith("&") ? name.substring(1) : name;
            if (!beanFactory.containsBeanDefinition(definitionName)) {
                continue;
            }
            BeanDefinition definition = beanFactory.getBeanDefinition(definitionName);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            dependsOn.add("liquibase");
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
