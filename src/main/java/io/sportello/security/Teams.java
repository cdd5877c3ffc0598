package io.sportello.security;

import io.sportello.shared.Actor;
import io.sportello.shared.FieldException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's teams: the groups people belong to and user tasks are offered to. Administrators add teams and rename
 * them; what a process model may name as a candidate group is exactly this list (the studio's validation and the
 * engine's deployment check read it), and so is what a person can be put in.
 */
@Service
@Transactional
public class Teams {

    private final TeamRepository teams;
    private final AccountChangeRepository changes;
    private final Clock clock;

    Teams(TeamRepository teams, AccountChangeRepository changes, Clock clock) {
        this.teams = teams;
        this.changes = changes;
        this.clock = clock;
    }

    /** The built-in groups first (tiers, supervisors), then the others by key. */
    @Transactional(readOnly = true)
    public List<Team> all() {
        return teams.findAllByOrderByBuiltInDescKeyAsc();
    }

    /** The keys a model's user task or a person may name. */
    @Transactional(readOnly = true)
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        all().forEach(t -> keys.add(t.getKey()));
        return keys;
    }

    /** Adds a team, or renames it if it exists. Recorded in the administration's history under the team's key. */
    public Team define(String key, String nameEn, String nameIt, Actor by) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (!UserAdministration.GROUP.matcher(k).matches()) {
            throw new FieldException("key", "A team's key is 2 to 40 lower-case letters, digits or dashes, starting "
                    + "with a letter (warehouse, accounting)");
        }
        String en = name(nameEn, "nameEn");
        String it = name(nameIt, "nameIt");
        Team team = teams.findById(k).orElse(null);
        if (team == null) {
            team = teams.save(new Team(k, en, it, clock.instant()));
            changes.save(new AccountChange("team:" + k, AccountChange.Attribute.TEAM_DEFINED, null, en + " / " + it,
                    by.id(), clock.instant()));
        } else if (!team.getNameEn().equals(en) || !team.getNameIt().equals(it)) {
            changes.save(new AccountChange("team:" + k, AccountChange.Attribute.TEAM_RENAMED,
                    team.getNameEn() + " / " + team.getNameIt(), en + " / " + it, by.id(), clock.instant()));
            team.rename(en, it);
        }
        return team;
    }

    private static String name(String name, String field) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new FieldException(field, "Give the team a name of up to 100 characters");
        }
        return n;
    }
}
