package io.sportello.routing.web;

import io.sportello.routing.AgentProfile;
import io.sportello.routing.AgentProfiles;
import io.sportello.routing.AgentStatus;
import io.sportello.security.CurrentUser;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agents' skills, languages and capacity (for administrators), and an agent's own status. */
@RestController
@Tag(name = "People")
class AgentProfileController {

    private final AgentProfiles profiles;
    private final CurrentUser currentUser;

    AgentProfileController(AgentProfiles profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    /** What routing knows of an agent; capacity lists every channel, the defaults included. */
    record Profile(String username, Map<String, Integer> skills, Set<String> languages, Map<Channel, Integer> capacity,
                   AgentStatus status, Instant statusSince) {

        static Profile of(AgentProfile p) {
            Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                capacity.put(channel, AgentProfiles.capacity(p, channel));
            }
            return new Profile(p.getUsername(), p.getSkills(), p.getLanguages(), capacity, p.getStatus(),
                    p.getStatusSince());
        }
    }

    record ProfileInput(Map<String, Integer> skills, Set<String> languages, Map<String, Integer> capacity) {
    }

    record StatusInput(String status) {
    }

    @GetMapping("/api/v1/admin/users/{username}/profile")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "An agent's skills, languages, capacity per channel and status")
    Profile profile(@PathVariable String username) {
        return Profile.of(profiles.profile(username));
    }

    @PutMapping("/api/v1/admin/users/{username}/profile")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Say what an agent can do: skills (level 1-5), languages, capacity per channel")
    Profile describe(@PathVariable String username, @RequestBody ProfileInput input) {
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        (input.capacity() == null ? Map.<String, Integer>of() : input.capacity()).forEach((channel, n) -> {
            try {
                capacity.put(Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT)), n);
            } catch (IllegalArgumentException e) {
                throw new FieldException("capacity", "Unknown channel: " + channel);
            }
        });
        return Profile.of(profiles.describe(username, input.skills() == null ? Map.of() : input.skills(),
                input.languages() == null ? Set.of() : input.languages(), capacity, currentUser.require().actor()));
    }

    @GetMapping("/api/v1/me/status")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Your own status")
    Profile myStatus() {
        return Profile.of(profiles.profile(currentUser.require().getUsername()));
    }

    @PutMapping("/api/v1/me/status")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Set your own status: ONLINE takes new work; AWAY, BREAK and OFFLINE do not")
    Profile setMyStatus(@RequestBody StatusInput input) {
        AgentStatus status;
        try {
            status = AgentStatus.valueOf(input.status() == null ? "" : input.status().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldException("status", "A status is one of " + java.util.List.of(AgentStatus.values()));
        }
        String me = currentUser.require().getUsername();
        profiles.setStatus(me, status, me);
        return Profile.of(profiles.profile(me));
    }
}
