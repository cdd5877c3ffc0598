package io.sportello.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where reactions to events run (and everything else {@code @Async}): a bounded pool, {@code sportello.reactions.threads}
 * threads named {@code reaction-N}, its queue in memory — what is queued when a node stops is still in the publication
 * registry and runs again at the next start. {@code sportello.reactions.synchronous=true} (for tests only) runs each
 * reaction on the thread that committed, right after the commit.
 */
@Configuration(proxyBeanMethods = false)
class ReactionExecutor {

    @Bean(name = "taskExecutor")
    @ConditionalOnProperty(name = "sportello.reactions.synchronous", havingValue = "false", matchIfMissing = true)
    TaskExecutor taskExecutor(@Value("${sportello.reactions.threads:4}") int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix("reaction-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(10);
        return pool;
    }

    @Bean(name = "taskExecutor")
    @ConditionalOnProperty(name = "sportello.reactions.synchronous", havingValue = "true")
    TaskExecutor synchronousTaskExecutor() {
        return new SyncTaskExecutor();
    }
}
