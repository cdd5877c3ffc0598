package io.sportello.routing;

import io.sportello.shared.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What routing knows of one agent: skills with a level (1 = learning … 5 = expert), the languages they answer in,
 * how many conversations they carry at once per channel (none given: the channel's default), and their status.
 */
@Entity
@Table(name = "agent_profile")
public class AgentProfile {

    @Id
    private String username;
    private String skills;
    private String languages;
    private String capacity;
    @Enumerated(EnumType.STRING)
    private AgentStatus status = AgentStatus.OFFLINE;
    private Instant statusSince;
    /** When routing last gave the agent work (round-robin among equals). */
    private Instant lastRoutedAt;
    @Version
    private long version;

    protected AgentProfile() {
    }

    AgentProfile(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    /** Skill → level, by skill. */
    public Map<String, Integer> getSkills() {
        Map<String, Integer> out = new TreeMap<>();
        if (skills != null && !skills.isBlank()) {
            for (String pair : skills.split(",")) {
                String[] kv = pair.split(":");
                out.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public Set<String> getLanguages() {
        return languages == null || languages.isBlank() ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(languages.split(","))));
    }

    /** Channel → how many at once, for the channels given one. */
    public Map<Channel, Integer> getCapacity() {
        Map<Channel, Integer> out = new EnumMap<>(Channel.class);
        if (capacity != null && !capacity.isBlank()) {
            for (String pair : capacity.split(",")) {
                String[] kv = pair.split(":");
                out.put(Channel.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public AgentStatus getStatus() {
        return status;
    }

    public Instant getLastRoutedAt() {
        return lastRoutedAt;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    void describe(Map<String, Integer> skills, Set<String> languages, Map<Channel, Integer> capacity) {
        this.skills = new TreeMap<>(skills).entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        this.languages = String.join(",", new java.util.TreeSet<>(languages));
        this.capacity = new EnumMap<>(capacity).entrySet().stream().map(e -> e.getKey().name() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    String skillsText() {
        return skills;
    }

    String languagesText() {
        return languages;
    }

    String capacityText() {
        return capacity;
    }
}
