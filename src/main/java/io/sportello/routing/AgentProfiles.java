package io.sportello.routing;

import io.sportello.security.AccountChange;
import io.sportello.security.UserAdministration;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agents' skills, languages, capacity and status. Administrators describe what an agent can do (recorded in the
 * person's history); the agent — or their presence, or a supervisor — sets the status, stored so that every node
 * routes by the same picture. A status change is published for routing to react to.
 */
@Service
public class AgentProfiles {

    private static final Pattern SKILL = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /** Keep the stored lists within their columns (skills 1000, languages 100 characters). */
    static final int MAX_SKILLS = 20;
    static final int MAX_LANGUAGES = 20;
    /** How many at once an agent carries on a channel when nobody said otherwise. */
    public static final Map<Channel, Integer> DEFAULT_CAPACITY = Map.of(Channel.CHAT, 3, Channel.WHATSAPP, 5,
            Channel.SOCIAL, 5, Channel.EMAIL, 8, Channel.WEB_FORM, 8, Channel.PHONE, 1);

    private final AgentProfileRepository profiles;
    private final UserAdministration administration;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AgentProfiles(AgentProfileRepository profiles, UserAdministration administration, ApplicationEventPublisher events,
                  org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock) {
        this.profiles = profiles;
        this.administration = administration;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** An agent's profile; somebody never described has none of either and is offline. */
    @Transactional(readOnly = true)
    public AgentProfile profile(String username) {
        return profiles.findById(username).orElseGet(() -> new AgentProfile(username));
    }

    @Transactional(readOnly = true)
    public List<AgentProfile> all() {
        return profiles.findAll();
    }

    /** How many conversations on {@code channel} the agent takes at once. */
    public static int capacity(AgentProfile profile, Channel channel) {
        return profile.getCapacity().getOrDefault(channel, DEFAULT_CAPACITY.getOrDefault(channel, 5));
    }

    /** Says what an agent can do: skills (key → level 1–5), languages (two-letter codes), capacity per channel. */
    @Transactional
    public AgentProfile describe(String username, Map<String, Integer> skills, Set<String> languages,
                                 Map<Channel, Integer> capacity, Actor by) {
        administration.get(username);
        if (skills.size() > MAX_SKILLS) {
            throw new FieldException("skills", "An agent has at most " + MAX_SKILLS + " skills");
        }
        if (languages.size() > MAX_LANGUAGES) {
            throw new FieldException("languages", "An agent speaks at most " + MAX_LANGUAGES + " languages here");
        }
        Map<String, Integer> checkedSkills = new TreeMap<>();
        skills.forEach((skill, level) -> {
            String key = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
            if (!SKILL.matcher(key).matches()) {
                throw new FieldException("skills", "A skill is a lower-case key such as payments or refunds: " + skill);
            }
            if (level == null || level < 1 || level > 5) {
                throw new FieldException("skills", "A skill's level goes from 1 (learning) to 5 (expert): " + skill);
            }
            checkedSkills.put(key, level);
        });
        Set<String> checkedLanguages = new TreeSet<>();
        for (String language : languages) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                throw new FieldException("languages", "Languages are two-letter codes such as it or en: " + language);
            }
            checkedLanguages.add(code);
        }
        Map<Channel, Integer> checkedCapacity = new EnumMap<>(Channel.class);
        capacity.forEach((channel, n) -> {
            if (channel == null || n == null || n < 0 || n > 100) {
                throw new FieldException("capacity", "A capacity is 0 to 100 at once per channel: " + channel);
            }
            checkedCapacity.put(channel, n);
        });
        AgentProfile profile = profiles.lock(username).orElseGet(() -> profiles.saveAndFlush(new AgentProfile(username)));
        String skillsBefore = profile.skillsText();
        String languagesBefore = profile.languagesText();
        String capacityBefore = profile.capacityText();
        profile.describe(checkedSkills, checkedLanguages, checkedCapacity);
        administration.recordChange(username, AccountChange.Attribute.SKILLS, blankToNull(skillsBefore),
                blankToNull(profile.skillsText()), by);
        administration.recordChange(username, AccountChange.Attribute.LANGUAGES_SPOKEN, blankToNull(languagesBefore),
                blankToNull(profile.languagesText()), by);
        administration.recordChange(username, AccountChange.Attribute.CAPACITY, blankToNull(capacityBefore),
                blankToNull(profile.capacityText()), by);
        return profile;
    }

    /**
     * Sets an agent's status. Simultaneous changes (the agent's click and their last tab closing on another node) are
     * ordered by the database row lock: each applies in turn, the last one stays, none fails.
     */
    public AgentStatus setStatus(String username, AgentStatus status, String by) {
        if (!profiles.existsById(username)) {
            try {
                transactions.executeWithoutResult(tx -> profiles.save(new AgentProfile(username)));
            } catch (org.springframework.dao.DataIntegrityViolationException createdMeanwhile) {
                // another change created the profile first: update it below
            }
        }
        transactions.executeWithoutResult(tx -> {
            AgentStatus before = profiles.lock(username).map(AgentProfile::getStatus).orElse(AgentStatus.OFFLINE);
            if (profiles.changeStatus(username, status, clock.instant()) == 1) {
                events.publishEvent(new AgentStatusChanged(username, before, status, by, clock.instant()));
            }
        });
        return status;
    }

    /** Somebody deactivated is not available any more: routing stops counting on them. */
    @org.springframework.context.event.EventListener
    void onDeactivation(io.sportello.security.AccountDeactivated deactivated) {
        if (profiles.existsById(deactivated.username())) {
            setStatus(deactivated.username(), AgentStatus.OFFLINE, deactivated.by());
        }
    }

    /** Every described agent's status. */
    @Transactional(readOnly = true)
    public Map<String, AgentStatus> statuses() {
        Map<String, AgentStatus> out = new HashMap<>();
        profiles.findAll().forEach(p -> out.put(p.getUsername(), p.getStatus()));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
