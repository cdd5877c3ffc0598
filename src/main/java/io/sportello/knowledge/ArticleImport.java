package io.sportello.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads a knowledge base written as files (a shop's existing FAQ, the demo's articles): {@code categories.yaml} (the
 * categories with their sections, names and descriptions per language), {@code synonyms.yaml} (per language, groups
 * of words) and {@code articles/<group>.<language>.md}, each a Markdown text behind a YAML front matter (group,
 * language, category, section, visibility, title, summary, related). Pictures and documents an article shows sit in
 * {@code files/} beside it and are linked as {@code ![Alt](files/name.png)} or {@code [text](files/name.pdf)}: they go
 * through the same check as an editor's uploads and the links are rewritten to where the desk serves them. Articles
 * that exist already are left alone, so an import can run again after editors changed the desk's copies.
 */
@Service
public class ArticleImport {

    /** A link to a file beside the articles: {@code ](files/name.png)}. */
    private static final Pattern LOCAL_FILE = Pattern.compile("]\\(files/([A-Za-z0-9._-]{1,80})\\)");

    private final KnowledgeBase knowledge;
    private final KnowledgeSearch search;
    private final KnowledgeFiles files;

    ArticleImport(KnowledgeBase knowledge, KnowledgeSearch search, KnowledgeFiles files) {
        this.knowledge = knowledge;
        this.search = search;
        this.files = files;
    }

    /** What an import did. */
    public record Imported(int topics, int articles, int synonymGroups) {
    }

    /** Imports the folder at a class-path location ({@code classpath:knowledge/demo}), publishing the articles as {@code author}. */
    @Transactional
    public Imported importFolder(String location, String author) {
        var resolver = new PathMatchingResourcePatternResolver();
        int topics = 0;
        int articles = 0;
        int synonymGroups = 0;
        Map<String, Object> categories = yaml(resolver.getResource(location + "/categories.yaml"));
        for (Object c : list(categories.get("categories"))) {
            Map<String, Object> category = map(c);
            knowledge.defineTopic(str(category.get("key")), null, number(category.get("position")), texts(category));
            topics++;
            for (Object s : list(category.get("sections"))) {
                Map<String, Object> section = map(s);
                knowledge.defineTopic(str(section.get("key")), str(category.get("key")), number(section.get("position")),
                        texts(section));
                topics++;
            }
        }
        Resource synonyms = resolver.getResource(location + "/synonyms.yaml");
        if (synonyms.exists()) {
            for (Map.Entry<String, Object> language : yaml(synonyms).entrySet()) {
                if (search.synonyms(language.getKey()).isEmpty()) {
                    List<List<String>> groups = new ArrayList<>();
                    for (Object g : list(language.getValue())) {
                        groups.add(list(g).stream().map(String::valueOf).toList());
                    }
                    search.replaceSynonyms(language.getKey(), groups);
                    synonymGroups += groups.size();
                }
            }
        }
        try {
            Resource[] files = resolver.getResources(location + "/articles/*.md");
            Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                if (importArticle(read(file), author, name -> resolver.getResource(location + "/files/" + name))) {
                    articles++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Imported(topics, articles, synonymGroups);
    }

    /** One article file: its front matter, then its Markdown. Published at once; false if it exists already. */
    boolean importArticle(String file, String author, Function<String, Resource> beside) {
        String text = file.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new IllegalArgumentException("An article file starts with a front matter between --- lines");
        }
        int end = text.indexOf("\n---", 4);
        Map<String, Object> front = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
        String body = text.substring(text.indexOf('\n', end + 1) + 1).strip();
        String group = str(front.get("group"));
        String language = str(front.get("language"));
        if (knowledge.find(group, language).isPresent()) {
            return false;
        }
        body = withDesksFiles(group, body, author, beside);
        Article article = knowledge.create(group, language, new KnowledgeBase.Placement(str(front.get("category")),
                        str(front.get("section")), Visibility.valueOf(str(front.getOrDefault("visibility", "public"))
                        .toUpperCase(java.util.Locale.ROOT)), list(front.get("related")).stream().map(String::valueOf).toList()),
                new KnowledgeBase.Draft(str(front.get("title")), str(front.get("summary")), body, null), author);
        knowledge.publish(article.getId(), author);
        return true;
    }

    /**
     * The article's links to files beside it, pointed at the desk's copies: a file the group has already (the other
     * translation's import) is reused, a new one is uploaded and checked; one that is missing or refused stops the
     * article, with the reason.
     */
    private String withDesksFiles(String group, String body, String author, Function<String, Resource> beside) {
        Matcher links = LOCAL_FILE.matcher(body);
        StringBuilder result = new StringBuilder();
        while (links.find()) {
            String name = links.group(1);
            KnowledgeFile file = files.files(group).stream().filter(f -> f.getFileName().equals(name)).findFirst()
                    .orElseGet(() -> upload(group, name, author, beside.apply(name)));
            links.appendReplacement(result, Matcher.quoteReplacement("](" + file.path() + ")"));
        }
        links.appendTail(result);
        return result.toString();
    }

    private KnowledgeFile upload(String group, String name, String author, Resource resource) {
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Article " + group + " links to files/" + name + ", which is not there", e);
        }
        KnowledgeFiles.Uploaded uploaded = files.upload(group, name, content, author);
        return uploaded.file().orElseThrow(() -> new IllegalArgumentException("Article " + group + ": "
                + uploaded.refused().map(Object::toString).orElse(name)));
    }

    private static Map<String, Topic.Text> texts(Map<String, Object> topic) {
        Map<String, Topic.Text> texts = new LinkedHashMap<>();
        Map<String, Object> names = map(topic.get("name"));
        Map<String, Object> descriptions = topic.get("description") == null ? Map.of() : map(topic.get("description"));
        names.forEach((language, name) -> texts.put(language, new Topic.Text(str(name), str(descriptions.get(language)))));
        return texts;
    }

    private static Map<String, Object> yaml(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return loaded == null ? Map.of() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int number(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
