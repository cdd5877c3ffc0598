package io.sportello.demo;

import io.sportello.security.Role;
import io.sportello.security.UserAccountService;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo accounts, one or more per role; every password is "demo". DEMO ONLY. */
final class DemoUsers {

    record DemoUser(String username, String name, Set<Role> roles, Set<String> groups, String language) {
    }

    static final String PASSWORD = "demo";

    static final List<DemoUser> ALL = List.of(
            new DemoUser("giulia", "Giulia Rossi", EnumSet.of(Role.CUSTOMER), Set.of(), "it"),
            new DemoUser("luca", "Luca Bianchi", EnumSet.of(Role.AGENT), Set.of("tier1"), "it"),
            new DemoUser("chiara", "Chiara Conti", EnumSet.of(Role.AGENT), Set.of("tier1"), "it"),
            new DemoUser("davide", "Davide Greco", EnumSet.of(Role.AGENT), Set.of("tier1"), "en"),
            new DemoUser("sara", "Sara Romano", EnumSet.of(Role.AGENT), Set.of("tier2"), "it"),
            new DemoUser("francesca", "Francesca Gallo", EnumSet.of(Role.AGENT), Set.of("tier2"), "it"),
            new DemoUser("marco", "Marco Ferrari", EnumSet.of(Role.AGENT), Set.of("tier3"), "it"),
            new DemoUser("elena", "Elena Marino", EnumSet.of(Role.SUPERVISOR), Set.of("tier1", "tier2", "tier3", "supervisor"), "it"),
            new DemoUser("paolo", "Paolo Costa", EnumSet.of(Role.PROCESS_OWNER), Set.of(), "it"),
            new DemoUser("anna", "Anna Fontana", EnumSet.of(Role.AUDITOR), Set.of(), "en"),
            new DemoUser("admin", "Demo Admin", EnumSet.of(Role.ADMIN), Set.of(), "en"));

    private DemoUsers() {
    }

    static void ensure(UserAccountService users) {
        for (DemoUser u : ALL) {
            if (!users.exists(u.username())) {
                users.create(u.username(), u.name(), u.username() + "@sportello.example", PASSWORD, u.roles(), u.groups(),
                        u.language());
            }
        }
    }

    /**
     * What routing needs to know of the demo agents: skills with a level, languages, how much at once per channel.
     * Set once; an administrator's later changes stand.
     */
    static void describe(io.sportello.routing.AgentProfiles profiles) {
        Map<String, Object[]> agents = Map.of(
                "luca", new Object[]{Map.of("orders", 4, "shipping", 3, "returns", 2), Set.of("it")},
                "chiara", new Object[]{Map.of("returns", 4, "shipping", 3, "product", 2), Set.of("it", "en")},
                "davide", new Object[]{Map.of("orders", 3, "presale", 3, "general", 2), Set.of("en")},
                "sara", new Object[]{Map.of("payments", 4, "account", 3), Set.of("it", "en")},
                "francesca", new Object[]{Map.of("technical", 4, "account", 2, "payments", 2), Set.of("it")},
                "marco", new Object[]{Map.of("fraud", 5, "payments", 4), Set.of("it", "en")});
        agents.forEach((username, profile) -> {
            if (profiles.profile(username).getSkills().isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Integer> skills = (Map<String, Integer>) profile[0];
                @SuppressWarnings("unchecked")
                Set<String> languages = (Set<String>) profile[1];
                profiles.describe(username, skills, languages, Map.of(io.sportello.shared.Channel.EMAIL, 8,
                        io.sportello.shared.Channel.CHAT, 3), io.sportello.shared.Actor.user("admin", "Demo Admin"));
            }
        });
    }

    static List<String> agentsOf(String group) {
        return ALL.stream().filter(u -> u.roles().contains(Role.AGENT) && u.groups().contains(group))
                .map(DemoUser::username).toList();
    }
}
