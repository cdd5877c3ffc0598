package io.sportello.knowledge;

import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base: categories and sections, articles in Italian and English linked as translations, drafts and
 * published versions (who, when, why; any earlier one restored as a new draft), views and "was this helpful?". Reads
 * go through {@link Audience}: the public never gets a draft or an internal article.
 */
@Service
@Transactional
public class KnowledgeBase {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY = 100_000;

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final TopicRepository topics;
    private final FeedbackRepository feedback;
    private final DeflectionRepository deflections;
    private final Clock clock;

    private final String publicUrl;
    private final String briefingGroup;

    KnowledgeBase(ArticleRepository articles, ArticleVersionRepository versions, TopicRepository topics,
                  FeedbackRepository feedback, DeflectionRepository deflections, Clock clock,
                  @org.springframework.beans.factory.annotation.Value("${sportello.knowledge.public-url:http://localhost:8080}")
                  String publicUrl,
                  @org.springframework.beans.factory.annotation.Value("${sportello.knowledge.briefing:peak-briefing}")
                  String briefingGroup) {
        this.briefingGroup = briefingGroup;
        this.deflections = deflections;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.articles = articles;
        this.versions = versions;
        this.topics = topics;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** An article's text as an editor writes it. */
    public record Draft(String title, String summary, String body, String note) {
    }

    /**
     * What an editor opened: the article's latest version and its revision. Saving with it is refused when somebody
     * saved or published the article in between, so nobody overwrites a colleague's text unseen.
     */
    public record Base(int number, long revision) {
    }

    /** Where an article sits and who may read it. */
    public record Placement(String category, String section, Visibility visibility, List<String> related) {
    }

    // topics

    /** Adds or renames a category ({@code parentKey} null) or a section. */
    public Topic defineTopic(String key, String parentKey, int position, java.util.Map<String, Topic.Text> texts) {
        checkKey("key", key);
        if (parentKey != null) {
            topic(parentKey);
        }
        Topic topic = topics.findByKey(key).orElseGet(() -> topics.save(new Topic(key, parentKey, position)));
        topic.position(position);
        texts.forEach((language, text) -> topic.text(language, text.name(), text.description()));
        return topic;
    }

    @Transactional(readOnly = true)
    public List<Topic> categories() {
        return topics.findAllByOrderByPositionAsc().stream().filter(Topic::isCategory).toList();
    }

    @Transactional(readOnly = true)
    public List<Topic> sections(String categoryKey) {
        return topics.findAllByOrderByPositionAsc().stream().filter(t -> categoryKey.equals(t.getParentKey())).toList();
    }

    @Transactional(readOnly = true)
    public Topic topic(String key) {
        return topics.findByKey(key).orElseThrow(() -> new NotFoundException("Topic", key));
    }

    @Transactional(readOnly = true)
    public Optional<Topic> findTopic(String key) {
        return key == null ? Optional.empty() : topics.findByKey(key);
    }

    // reading

    /** The article of a translation group in the reader's language, else in the other one, if the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<Article> article(String groupKey, String language, Audience audience) {
        List<Article> group = articles.findByGroupKeyOrderByLanguage(groupKey).stream().filter(audience::mayRead).toList();
        return group.stream().filter(a -> a.getLanguage().equals(language)).findFirst()
                .or(() -> group.stream().findFirst());
    }

    /** The languages a group is published in for the audience. */
    @Transactional(readOnly = true)
    public List<String> languagesOf(String groupKey, Audience audience) {
        return articles.findByGroupKeyOrderByLanguage(groupKey).stream().filter(audience::mayRead)
                .map(Article::getLanguage).toList();
    }

    /** Published articles of a category (all categories: null) in one language, by section then title. */
    @Transactional(readOnly = true)
    public List<Article> published(String language, String categoryKey, Audience audience) {
        return articles.findByStatusAndLanguageOrderByTitle(ArticleStatus.PUBLISHED, language).stream()
                .filter(audience::mayRead)
                .filter(a -> categoryKey == null || categoryKey.equals(a.getCategory()))
                .toList();
    }

    /** The articles an article names as related, in the reader's language where there is one. */
    @Transactional(readOnly = true)
    public List<Article> related(Article article, Audience audience) {
        List<Article> out = new ArrayList<>();
        for (String group : article.getRelated()) {
            article(group, article.getLanguage(), audience).ifPresent(out::add);
        }
        return out;
    }

    /** Every article in every state, for the editors. */
    @Transactional(readOnly = true)
    public List<Article> all() {
        return articles.findAllByOrderByGroupKeyAscLanguageAsc();
    }

    @Transactional(readOnly = true)
    public Article get(Long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(String groupKey, String language) {
        return articles.findByGroupKeyAndLanguage(groupKey, language);
    }

    /**
     * The briefing agents see in the workspace for the current period (tone, active offers and their conditions,
     * opening hours): the published article of the configured group ({@code sportello.knowledge.briefing}), kept up to
     * date by content owners like any other (internal, so customers never read it).
     */
    @Transactional(readOnly = true)
    public Optional<Article> briefing(String language) {
        return briefingGroup == null || briefingGroup.isBlank() ? Optional.empty()
                : article(briefingGroup, language, Audience.STAFF);
    }

    /** Where the public reads an article (a link agents and the assistant send); internal articles have none. */
    public Optional<String> publicLink(Article article) {
        return article.getVisibility() == Visibility.PUBLIC && article.isPublished()
                ? Optional.of(publicUrl + "/help/articles/" + article.getGroupKey()) : Optional.empty();
    }

    /** A plain text's site-relative links ("(/contact)") made absolute with the help centre's address. */
    public String absoluteLinks(String text) {
        return text == null ? null : text.replaceAll("\\((/[^)\\s]*)\\)", "(" + java.util.regex.Matcher
                .quoteReplacement(publicUrl) + "$1)");
    }

    /**
     * The part of an article that best answers a text: the one sharing most of what was asked; among parts sharing as
     * many words, the one whose words fewer other parts have (in "how much is shipping to Germany?" the part naming
     * Germany, not the one that only says "shipping" like every other). How people ask ("quando", "how much") counts
     * only where a part's heading says it ("Entro quando" answers "entro quando posso fare il reso?"), not in its text.
     * The first part when none shares any. What an agent inserts into a reply and what the assistant quotes.
     */
    public static Markdown.Part bestPart(Article article, String text) {
        List<Markdown.Part> parts = Markdown.parts(article.getBody());
        if (parts.isEmpty()) {
            return new Markdown.Part(null, article.getSummary() == null ? "" : article.getSummary());
        }
        String language = article.getLanguage();
        String question = text == null ? "" : text;
        java.util.Set<String> everything = new java.util.HashSet<>(Analyzers.terms(language, question));
        java.util.Set<String> what = new java.util.HashSet<>(Analyzers.terms(language,
                KnowledgeAnswers.withoutQuestionWords(question, language)));
        List<java.util.Set<String>> shared = new java.util.ArrayList<>();
        java.util.Map<String, Integer> partsWith = new java.util.HashMap<>();
        for (Markdown.Part part : parts) {
            java.util.Set<String> found = new java.util.HashSet<>(Analyzers.terms(language, part.text()));
            found.retainAll(what);
            java.util.Set<String> heading = new java.util.HashSet<>(Analyzers.terms(language,
                    part.heading() == null ? "" : part.heading()));
            heading.retainAll(everything);
            found.addAll(heading);
            shared.add(found);
            found.forEach(t -> partsWith.merge(t, 1, Integer::sum));
        }
        Markdown.Part best = parts.get(0);
        int bestShared = 0;
        double bestWeight = 0;
        for (int i = 0; i < parts.size(); i++) {
            double weight = 0;
            for (String term : shared.get(i)) {
                weight += Math.log((parts.size() + 1.0) / partsWith.get(term));
            }
            int count = shared.get(i).size();
            if (count > bestShared || count == bestShared && count > 0 && weight > bestWeight + 1e-9) {
                best = parts.get(i);
                bestShared = count;
                bestWeight = weight;
            }
        }
        return best;
    }

    // writing

    /** A new article (or a new translation of a group) as a first draft. */
    public Article create(String groupKey, String language, Placement placement, Draft draft, String author) {
        checkKey("group", groupKey);
        if (!Analyzers.LANGUAGES.contains(language)) {
            throw new FieldException("language", "Articles are written in " + Analyzers.LANGUAGES);
        }
        if (articles.findByGroupKeyAndLanguage(groupKey, language).isPresent()) {
            throw new FieldException("group", "There is already an article " + groupKey + " in " + language);
        }
        checkPlacement(placement);
        check(draft);
        Article article = articles.save(new Article(groupKey, language, placement.category(), placement.section(),
                placement.visibility(), clock.instant()));
        article.place(placement.category(), placement.section(), placement.visibility(), placement.related(), clock.instant());
        versions.save(new ArticleVersion(article.getId(), 1, draft.title().strip(), strip(draft.summary()), draft.body(),
                strip(draft.note()), author, clock.instant()));
        return article;
    }

    /** Saves the editor's text as the draft (a new version after a published one, else the draft changes). */
    public ArticleVersion saveDraft(Long articleId, Draft draft, String author) {
        check(draft);
        Article article = get(articleId);
        Optional<ArticleVersion> latest = versions.findFirstByArticleIdOrderByNumberDesc(articleId);
        if (latest.isPresent() && latest.get().isDraft()) {
            latest.get().edit(draft.title().strip(), strip(draft.summary()), draft.body(), strip(draft.note()), author,
                    clock.instant());
            return latest.get();
        }
        int number = latest.map(ArticleVersion::getNumber).orElse(0) + 1;
        return versions.save(new ArticleVersion(article.getId(), number, draft.title().strip(), strip(draft.summary()),
                draft.body(), strip(draft.note()), author, clock.instant()));
    }

    /** The version an editor opening the article now works on (none for an article without versions). */
    @Transactional(readOnly = true)
    public Optional<Base> base(Long articleId) {
        return versions.findFirstByArticleIdOrderByNumberDesc(articleId).map(v -> new Base(v.getNumber(), v.getRevision()));
    }

    /**
     * What the editor's screen saves, in one step: a new article or the draft of an existing one, where it sits, and
     * — when asked — publishing it. Nothing of it applies if any part is refused. {@code basedOn} is what the editor
     * opened ({@link #base}); if the article was saved or published since, the save is refused with
     * {@code ARTICLE_CHANGED} naming who saved it and when (the editor keeps the person's text).
     */
    public Article save(Long articleId, String groupKey, String language, Placement placement, Draft draft,
                        Base basedOn, boolean publish, String by) {
        Article article;
        if (articleId == null) {
            article = create(groupKey, language, placement, draft, by);
        } else {
            check(draft);
            checkPlacement(placement);
            Article locked = articles.lockById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
            Optional<ArticleVersion> latest = versions.findFirstByArticleIdOrderByNumberDesc(articleId);
            if (latest.isPresent() && basedOn != null && (latest.get().getNumber() != basedOn.number()
                    || latest.get().getRevision() != basedOn.revision())) {
                ArticleVersion theirs = latest.get();
                // the last change: its publication (by whoever published it), else the draft's last save
                boolean published = theirs.getPublishedAt() != null && theirs.getPublishedAt().isAfter(theirs.getCreatedAt());
                String who = published && locked.getPublishedBy() != null ? locked.getPublishedBy() : theirs.getAuthor();
                java.time.Instant when = published ? theirs.getPublishedAt() : theirs.getCreatedAt();
                throw new io.sportello.shared.RuleViolationException("ARTICLE_CHANGED",
                        "Article " + articleId + " was changed by " + who + " at " + when + " after this editor opened it",
                        who, when);
            }
            saveDraft(articleId, draft, by);
            article = place(articleId, placement);
        }
        return publish ? publish(article.getId(), by) : article;
    }

    /** Moves an article, changes who may read it or what it names as related (applies at once, no draft). */
    public Article place(Long articleId, Placement placement) {
        checkPlacement(placement);
        Article article = get(articleId);
        article.place(placement.category(), placement.section(), placement.visibility(), placement.related(), clock.instant());
        return article;
    }

    /** The draft becomes what readers see; the version before stays in the list. */
    public Article publish(Long articleId, String by) {
        Article article = get(articleId);
        ArticleVersion draft = versions.findFirstByArticleIdOrderByNumberDesc(articleId).filter(ArticleVersion::isDraft)
                .orElseThrow(() -> new io.sportello.shared.RuleViolationException("NO_DRAFT",
                        "Article " + article.getGroupKey() + " has no draft to publish"));
        draft.published(clock.instant());
        article.publish(draft, by, clock.instant());
        return article;
    }

    /** An earlier version's text comes back as the draft (to be published like any other). */
    public ArticleVersion restore(Long articleId, int number, String author) {
        ArticleVersion old = versions.findByArticleIdAndNumber(articleId, number)
                .orElseThrow(() -> new NotFoundException("Article version", articleId + "/" + number));
        return saveDraft(articleId, new Draft(old.getTitle(), old.getSummary(), old.getBody(), "#" + number), author);
    }

    public Article archive(Long articleId) {
        Article article = get(articleId);
        article.archive(clock.instant());
        return article;
    }

    @Transactional(readOnly = true)
    public List<ArticleVersion> versions(Long articleId) {
        return versions.findByArticleIdOrderByNumberDesc(articleId);
    }

    @Transactional(readOnly = true)
    public Optional<ArticleVersion> draftOf(Long articleId) {
        return versions.findFirstByArticleIdOrderByNumberDesc(articleId).filter(ArticleVersion::isDraft);
    }

    // readers

    /** A reader opened the article. */
    public void viewed(Long articleId) {
        articles.countView(articleId);
    }

    /** A reader answered "was this helpful?". */
    public void feedback(Long articleId, boolean helped) {
        if ((helped ? articles.countHelpful(articleId) : articles.countUnhelpful(articleId)) == 0) {
            throw new NotFoundException("Article", articleId);
        }
        feedback.save(new KnowledgeFeedback(articleId, clock.instant(), helped));
    }

    /**
     * A customer about to write said the article answered their question: counted as a deflection (no ticket is
     * opened), with where it happened and what they had written (cut to 500 characters).
     */
    public void deflected(String groupKey, String language, KnowledgeSearchLog.Source where, String question) {
        String q = question == null ? null : question.strip();
        deflections.save(new KnowledgeDeflection(clock.instant(), where, language, groupKey,
                q == null || q.length() <= 500 ? q : q.substring(0, 500)));
    }

    /** Deflections in {@code [from, to)} by where they happened. */
    @Transactional(readOnly = true)
    public java.util.Map<KnowledgeSearchLog.Source, Long> deflections(java.time.Instant from, java.time.Instant to) {
        java.util.Map<KnowledgeSearchLog.Source, Long> out = new java.util.EnumMap<>(KnowledgeSearchLog.Source.class);
        for (Object[] row : deflections.countBySource(from, to)) {
            out.put((KnowledgeSearchLog.Source) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    /** Most viewed first: what readers come for. */
    @Transactional(readOnly = true)
    public List<Article> mostViewed(int limit) {
        return articles.findTop50ByStatusOrderByViewsDesc(ArticleStatus.PUBLISHED).stream().limit(limit).toList();
    }

    private void checkPlacement(Placement placement) {
        if (placement.visibility() == null) {
            throw new FieldException("visibility", "Say who may read the article");
        }
        Topic category = topics.findByKey(placement.category() == null ? "" : placement.category())
                .filter(Topic::isCategory).orElseThrow(() -> new FieldException("category", "No such category: "
                        + placement.category()));
        if (placement.section() != null && topics.findByKey(placement.section())
                .filter(s -> category.getKey().equals(s.getParentKey())).isEmpty()) {
            throw new FieldException("section", "No section " + placement.section() + " in " + category.getKey());
        }
    }

    private static void check(Draft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new FieldException("title", "An article needs a title");
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new FieldException("title", "A title has at most " + MAX_TITLE + " characters");
        }
        if (draft.summary() != null && draft.summary().length() > MAX_SUMMARY) {
            throw new FieldException("summary", "A summary has at most " + MAX_SUMMARY + " characters");
        }
        if (draft.body() == null || draft.body().isBlank()) {
            throw new FieldException("body", "An article needs a text");
        }
        if (draft.body().length() > MAX_BODY) {
            throw new FieldException("body", "An article has at most " + MAX_BODY + " characters");
        }
    }

    private static void checkKey(String field, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new FieldException(field, "A key is 2–80 lower-case letters, digits and dashes");
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
