package io.sportello.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The desk's own engine calls made for a person (they carry {@link EngineGroups#DESK}, which no person has) were
 * checked by the desk before it made them — group, assignee, allowed actions — and the desk's group holds every
 * engine permission: the engine skips its own authorization queries for them (one per command, and an
 * authorization join in every query they run) while still naming the person in its user operation log. Calls from
 * people through the engine REST API and Cockpit are checked as before.
 */
@Component
class DeskCallsChecked extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                withTrust(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                withTrust(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withTrust(List<CommandInterceptor> configured) {
        List<CommandInterceptor> interceptors = new ArrayList<>(configured == null ? List.of() : configured);
        interceptors.add(new TrustDesk());
        return interceptors;
    }

    /** Runs after the engine opened (or joined) the command context, before the command. */
    static final class TrustDesk extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context != null && isDesk(context.getAuthentication())) {
                context.disableAuthorizationCheck();
            }
            return next.execute(command);
        }

        static boolean isDesk(Authentication authentication) {
            return authentication != null && authentication.getGroupIds() != null
                    && authentication.getGroupIds().contains(EngineGroups.DESK);
        }
    }
}
