package io.sportello;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A bean hostile models try to call ({@code ${canary.touch('name')}}): anything it records is code that ran
 * from a model. Registered in every full-stack test context, so the engine's expressions could reach it.
 */
public class Canary {

    private final Set<String> touched = new ConcurrentSkipListSet<>();

    public boolean touch(String by) {
        touched.add(by);
        return true;
    }

    public Set<String> touched() {
        return Set.copyOf(touched);
    }

    public void clear() {
        touched.clear();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        Canary canary() {
            return new Canary();
        }
    }
}
