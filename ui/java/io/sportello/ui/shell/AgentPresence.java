package io.sportello.ui.shell;

import io.sportello.routing.AgentProfiles;
import io.sportello.routing.AgentStatus;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which agents have the desk open right now (one entry per open browser tab), so the chat can tell customers whether
 * someone is there to answer. Per node: with several nodes, sticky sessions keep an agent on one.
 */
@Component
public class AgentPresence {

    private final Map<String, Set<String>> tabsByAgent = new ConcurrentHashMap<>();
    private final AgentProfiles profiles;

    AgentPresence(AgentProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * Marks a tab of {@code username} as open; run the returned action when it closes. The first tab of an offline
     * agent makes them online (an agent who said they are away or on a break stays so); closing the last makes them
     * offline, for every node's routing to see.
     */
    public Runnable online(String username, String tabId) {
        // one atomic step, so that a tab closing at the same moment cannot remove the set this tab joins
        boolean[] first = {false};
        tabsByAgent.compute(username, (u, tabs) -> {
            Set<String> open = tabs == null ? ConcurrentHashMap.newKeySet() : tabs;
            first[0] = open.isEmpty();
            open.add(tabId);
            return open;
        });
        if (first[0] && profiles.profile(username).getStatus() == AgentStatus.OFFLINE) {
            profiles.setStatus(username, AgentStatus.ONLINE, username);
        }
        return () -> {
            Set<String> left = tabsByAgent.computeIfPresent(username, (u, tabs) -> {
                tabs.remove(tabId);
                return tabs.isEmpty() ? null : tabs;
            });
            if (left == null) {
                profiles.setStatus(username, AgentStatus.OFFLINE, username);
            }
        };
    }

    public boolean anyoneOnline() {
        return !tabsByAgent.isEmpty();
    }

    public Set<String> online() {
        return Set.copyOf(tabsByAgent.keySet());
    }
}
