package io.sportello.ui.shell;

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

    /** Marks a tab of {@code username} as open; run the returned action when it closes. */
    public Runnable online(String username, String tabId) {
        tabsByAgent.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(tabId);
        return () -> tabsByAgent.computeIfPresent(username, (u, tabs) -> {
            tabs.remove(tabId);
            return tabs.isEmpty() ? null : tabs;
        });
    }

    public boolean anyoneOnline() {
        return !tabsByAgent.isEmpty();
    }

    public Set<String> online() {
        return Set.copyOf(tabsByAgent.keySet());
    }
}
