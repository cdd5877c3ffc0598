package io.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and only that module writes SQL or JPQL on it: a module that needs another
 * module's data asks that module's API (or keeps its own read model fed by events). The owner of an entity's table is
 * the module of the entity; the few tables without an entity are named below; the engine's tables ({@code ACT_*}) are
 * the workflow module's. The rule reads the query strings of the main code (string literals and text blocks), so it
 * also sees native queries, JPQL, {@code @Query} annotations and SQL built from pieces.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path UI = Path.of("ui/java");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");

    /** Tables without an entity of their own. */
    private static final Map<String, String> OTHER_TABLES = Map.of(
            "report_day", "analytics",
            "ticket_message_attachment", "ticket",
            "kb_topic_text", "knowledge",
            "kb_article_file", "knowledge",
            // Spring Modulith's publication registry: the framework writes it, the operations module administers it
            "event_publication", "operations");

    private static final Pattern TABLE = Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"([a-z_]+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity(?:\\([^)]*\\))?\\s*(?:@[^\\n]*\\s*)*"
            + "(?:public\\s+|protected\\s+)?(?:abstract\\s+)?class\\s+(\\w+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|delete\\s+from)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    record Owned(String module, String entity) {
    }

    @Test
    void everyTableHasOneOwningModule() {
        Map<String, Owned> owners = tableOwners();
        Set<String> created = new TreeSet<>();
        for (Path file : files(CHANGELOG, ".yaml")) {
            Matcher m = Pattern.compile("tableName: ([a-z_]+)").matcher(read(file));
            while (m.find()) {
                created.add(m.group(1));
            }
        }
        assertThat(created).as("tables the changelog creates; give each an entity or an entry in OTHER_TABLES")
                .allSatisfy(table -> assertThat(owners).containsKey(table));
    }

    @Test
    void noModuleQueriesAnotherModulesTables() {
        Map<String, Owned> tables = tableOwners();
        Map<String, String> entities = new TreeMap<>();
        tables.values().stream().filter(o -> o.entity() != null).forEach(o -> entities.put(o.entity(), o.module()));
        List<String> violations = new ArrayList<>();
        for (Path root : List.of(MAIN, UI)) {
            for (Path file : files(root, ".java")) {
                String module = moduleOf(root, file);
                for (String text : literals(read(file))) {
                    Matcher named = NAMED.matcher(text);
                    while (named.find()) {
                        String name = named.group(1);
                        String owner = name.regionMatches(true, 0, "act_", 0, 4) ? "workflow"
                                : entities.containsKey(name) ? entities.get(name)
                                : tables.containsKey(name) ? tables.get(name).module() : null;
                        if (owner != null && !owner.equals(module)) {
                            violations.add("%s (module %s) queries %s of module %s: \"%s\"".formatted(root.relativize(file),
                                    module, name, owner, text.strip().replaceAll("\\s+", " ")));
                        }
                    }
                }
            }
        }
        assertThat(violations).as("queries on another module's tables; ask that module's API instead").isEmpty();
    }

    /** Table name to owning module (and entity, if one maps it). */
    static Map<String, Owned> tableOwners() {
        Map<String, Owned> owners = new TreeMap<>();
        for (Path file : files(MAIN, ".java")) {
            String source = read(file);
            Matcher table = TABLE.matcher(source);
            Matcher entity = ENTITY.matcher(source);
            if (table.find() && entity.find()) {
                Owned previous = owners.put(table.group(1), new Owned(moduleOf(MAIN, file), entity.group(1)));
                assertThat(previous).as("two entities map table " + table.group(1)).isNull();
            }
        }
        OTHER_TABLES.forEach((table, module) -> owners.putIfAbsent(table, new Owned(module, null)));
        return owners;
    }

    /** {@code io/sportello/<module>/...}; the user interface is a module of its own. */
    private static String moduleOf(Path root, Path file) {
        Path relative = root.relativize(file);
        return relative.getNameCount() > 3 ? relative.getName(2).toString() : "(application)";
    }

    /** The string literals and text blocks of a Java source, comments skipped. */
    static List<String> literals(String source) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                found.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    found.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
