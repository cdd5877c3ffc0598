package io.sportello.ui.knowledge;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.knowledge.Analyzers;
import io.sportello.knowledge.Article;
import io.sportello.knowledge.ArticleVersion;
import io.sportello.knowledge.KnowledgeBase;
import io.sportello.knowledge.KnowledgeFile;
import io.sportello.knowledge.KnowledgeFiles;
import io.sportello.knowledge.KnowledgeSearch;
import io.sportello.knowledge.Markdown;
import io.sportello.knowledge.ReplyTemplate;
import io.sportello.knowledge.ReplyTemplates;
import io.sportello.knowledge.Topic;
import io.sportello.knowledge.Visibility;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import io.sportello.shared.RuleViolationException;
import io.sportello.ui.component.BoundedUpload;
import io.sportello.ui.component.UploadTexts;
import io.sportello.ui.shell.DeskZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

/**
 * Where content owners keep the knowledge base: every article in every state, the Markdown editor with its preview,
 * drafts published when ready, every version (restorable), translations started from an article; the synonyms the
 * search expands queries with; and the searches of the last week that found nothing — the next articles to write.
 */
@Route("knowledge")
@Menu(title = "menu.knowledge", order = 7)
@RolesAllowed(Role.Names.CONTENT_OWNER)
public class KnowledgeEditorView extends VerticalLayout implements HasDynamicTitle {

    private final KnowledgeBase knowledge;
    private final KnowledgeSearch search;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    final TabSheet tabs = new TabSheet();
    final Grid<Article> articles = new Grid<>();
    final TextField group = new TextField();
    final Select<String> language = new Select<>();
    final Select<String> category = new Select<>();
    final Select<String> section = new Select<>();
    final Select<Visibility> visibility = new Select<>();
    final TextField related = new TextField();
    final TextField title = new TextField();
    final TextField summary = new TextField();
    final TextArea body = new TextArea();
    final TextField note = new TextField();
    final Div preview = new Div();
    final Paragraph state = new Paragraph();
    final Grid<ArticleVersion> versions = new Grid<>();
    final Grid<KnowledgeSearch.Unanswered> unanswered = new Grid<>();
    final Paragraph searchCounts = new Paragraph();
    final TextArea synonymsIt = new TextArea();
    final TextArea synonymsEn = new TextArea();
    final Upload fileUpload;
    final Grid<KnowledgeFile> fileList = new Grid<>();
    final Paragraph fileMessage = new Paragraph();
    private final KnowledgeFiles files;
    private Article editing;
    /** The version the editor opened, checked when saving (null: a new article). */
    private KnowledgeBase.Base editingBase;
    private final ReplyTemplates replyTemplates;
    final Grid<ReplyTemplate> templateGrid = new Grid<>();
    final TextField templateKey = new TextField();
    final Select<String> templateLanguage = new Select<>();
    final Select<Channel> templateChannel = new Select<>();
    final TextField templateTitle = new TextField();
    final TextArea templateBody = new TextArea();

    public KnowledgeEditorView(KnowledgeBase knowledge, KnowledgeSearch search, CurrentUser currentUser, Clock clock,
                               DeskZone zone, ReplyTemplates replyTemplates,
                               KnowledgeFiles files) {
        this.replyTemplates = replyTemplates;
        this.files = files;
        this.fileUpload = fileUpload();
        this.knowledge = knowledge;
        this.search = search;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone.get();
        setSizeFull();
        tabs.setId("kb-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("kb.tab.articles"), articlesTab());
        tabs.add(getTranslation("kb.tab.unanswered"), unansweredTab());
        tabs.add(getTranslation("kb.tab.synonyms"), synonymsTab());
        tabs.add(getTranslation("kb.tab.templates"), templatesTab());
        add(tabs);
        showArticles();
        newArticle();
    }

    private Div articlesTab() {
        articles.setId("kb-articles");
        // a new article has no published title yet: its draft's
        articles.addColumn(a -> a.getTitle() != null ? a.getTitle()
                : knowledge.draftOf(a.getId()).map(ArticleVersion::getTitle).orElse(a.getGroupKey()))
                .setHeader(getTranslation("kb.col.title")).setFlexGrow(3);
        articles.addColumn(a -> a.getGroupKey() + " · " + a.getLanguage()).setHeader(getTranslation("kb.col.group"));
        articles.addColumn(a -> getTranslation("kb.status." + a.getStatus().name())
                + (knowledge.draftOf(a.getId()).isPresent() && a.isPublished() ? " " + getTranslation("kb.status.withDraft") : ""))
                .setHeader(getTranslation("kb.col.status"));
        articles.addColumn(a -> getTranslation("kb.visibility." + a.getVisibility().name())).setHeader(getTranslation("kb.col.visibility"));
        articles.addColumn(Article::getViews).setHeader(getTranslation("kb.col.views"));
        articles.addColumn(a -> a.getHelpful() + a.getUnhelpful() == 0 ? "—"
                : Math.round(100.0 * a.getHelpful() / (a.getHelpful() + a.getUnhelpful())) + " %")
                .setHeader(getTranslation("kb.col.helpful"));
        articles.setHeight("260px");
        articles.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(knowledge.get(e.getValue().getId()));
            }
        });
        Button create = new Button(getTranslation("kb.new"), e -> newArticle());
        create.setId("kb-new");

        group.setLabel(getTranslation("kb.field.group"));
        group.setHelperText(getTranslation("kb.field.group.help"));
        group.setId("kb-group");
        group.addValueChangeListener(e -> showFiles());
        language.setLabel(getTranslation("kb.field.language"));
        language.setItems(Analyzers.LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setId("kb-language");
        category.setLabel(getTranslation("kb.field.category"));
        category.setId("kb-category");
        category.setItems(knowledge.categories().stream().map(Topic::getKey).toList());
        category.setItemLabelGenerator(k -> knowledge.findTopic(k).map(t -> t.name(uiLanguage())).orElse(k));
        category.addValueChangeListener(e -> sections(e.getValue()));
        section.setLabel(getTranslation("kb.field.section"));
        section.setId("kb-section");
        section.setEmptySelectionAllowed(true);
        section.setItemLabelGenerator(k -> k == null ? "—" : knowledge.findTopic(k).map(t -> t.name(uiLanguage())).orElse(k));
        visibility.setLabel(getTranslation("kb.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("kb.visibility." + v.name()));
        visibility.setId("kb-visibility");
        related.setLabel(getTranslation("kb.field.related"));
        related.setHelperText(getTranslation("kb.field.related.help"));
        related.setId("kb-related");
        title.setLabel(getTranslation("kb.field.title"));
        title.setId("kb-title");
        title.setMaxLength(200);
        summary.setLabel(getTranslation("kb.field.summary"));
        summary.setId("kb-summary");
        summary.setMaxLength(500);
        body.setLabel(getTranslation("kb.field.body"));
        body.setHelperText(getTranslation("kb.field.body.help"));
        body.setId("kb-body");
        body.setMinHeight("320px");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> preview());
        note.setLabel(getTranslation("kb.field.note"));
        note.setId("kb-note");
        preview.setId("kb-preview");
        preview.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        state.setId("kb-state");
        for (var field : List.of(group, related, title, summary, note)) {
            field.setWidthFull();
        }
        body.setWidthFull();

        Button save = new Button(getTranslation("kb.save"), e -> save(false));
        save.setId("kb-save");
        Button publish = new Button(getTranslation("kb.publish"), e -> save(true));
        publish.setId("kb-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button translate = new Button(getTranslation("kb.translate"), e -> translate());
        translate.setId("kb-translate");
        Button archive = new Button(getTranslation("kb.archive"), e -> archive());
        archive.setId("kb-archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        versions.setId("kb-versions");
        versions.addColumn(ArticleVersion::getNumber).setHeader("#").setFlexGrow(0).setWidth("60px");
        DateTimeFormatter when = when();
        versions.addColumn(v -> when.format(v.getCreatedAt())).setHeader(getTranslation("kb.col.when"));
        versions.addColumn(ArticleVersion::getAuthor).setHeader(getTranslation("kb.col.author"));
        versions.addColumn(v -> v.getNote() == null ? "" : v.getNote().startsWith("#")
                ? getTranslation("kb.restoredFrom", v.getNote().substring(1)) : v.getNote()).setHeader(getTranslation("kb.col.note"));
        versions.addColumn(v -> v.isDraft() ? getTranslation("kb.status.DRAFT") : getTranslation("kb.version.published",
                when.format(v.getPublishedAt()))).setHeader(getTranslation("kb.col.status"));
        versions.addComponentColumn(v -> {
            Button restore = new Button(getTranslation("kb.restore"), e -> restore(v));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.setId("kb-restore-" + v.getNumber());
            return restore;
        }).setKey("restore");
        versions.setHeight("200px");

        HorizontalLayout where = new HorizontalLayout(language, category, section, visibility);
        where.addClassName(LumoUtility.FlexWrap.WRAP);
        VerticalLayout form = new VerticalLayout(group, where, related, title, summary, body, filesBox(), note,
                new HorizontalLayout(save, publish, translate, archive), state);
        form.setPadding(false);
        VerticalLayout right = new VerticalLayout(new H2(getTranslation("kb.preview")), preview,
                new H2(getTranslation("kb.versions")), versions);
        right.setPadding(false);
        HorizontalLayout editor = new HorizontalLayout(form, right);
        editor.setWidthFull();
        editor.setFlexGrow(1, form, right);
        Div tab = new Div(new HorizontalLayout(create), articles, editor);
        tab.setWidthFull();
        return tab;
    }

    /** The upload: every file the desk's attachment check keeps goes into the text, at its end. */
    private Upload fileUpload() {
        long maxBytes = files.limits().maxSize().toBytes();
        Upload upload = new Upload(
                new BoundedUpload(Integer.MAX_VALUE, maxBytes, Long.MAX_VALUE, () -> 0,
                        () -> 0L, this::uploaded));
        UploadTexts.apply(upload);
        upload.setId("kb-files-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setUploadButton(new Button(getTranslation("kb.files.add")));
        return upload;
    }

    private Div filesBox() {
        fileList.setId("kb-files");
        fileList.addColumn(KnowledgeFile::getFileName).setHeader(getTranslation("kb.files.col.name"))
                .setFlexGrow(3);
        fileList.addColumn(f -> Math.max(1, Math.round(f.getSize() / 1024.0)) + " KB")
                .setHeader(getTranslation("kb.files.col.size"));
        fileList.addComponentColumn(f -> {
            Button insert = new Button(getTranslation("kb.files.insert"), e -> insert(f));
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return insert;
        }).setKey("insert");
        fileList.setAllRowsVisible(true);
        fileMessage.setId("kb-files-message");
        Paragraph help = new Paragraph(getTranslation("kb.files.help", files.limits().maxSize().toMegabytes(),
                files.limits().maxCount()));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div box = new Div(new H2(getTranslation("kb.files")), help, fileUpload, fileMessage, fileList);
        box.setWidthFull();
        return box;
    }

    void uploaded(String fileName, byte[] content) {
        group.setInvalid(false);
        try {
            var result = files.upload(group.getValue().strip(), fileName, content, currentUser.require().getUsername());
            result.file().ifPresent(f -> {
                insert(f);
                fileMessage.setText(getTranslation("kb.files.added", f.getFileName()));
            });
            result.refused().ifPresent(r -> fileMessage.setText(getTranslation("kb.files.refused." + r.problem().name(),
                    r.fileName(), switch (r.problem()) {
                        case TYPE_NOT_ACCEPTED -> r.detail();
                        case TOO_LARGE -> files.limits().maxSize().toMegabytes();
                        case TOO_MANY -> Long.parseLong(r.detail());
                    })));
        } catch (FieldException e) {
            group.setErrorMessage(getTranslation("kb.files.error.group"));
            group.setInvalid(true);
            fileMessage.setText(getTranslation("kb.files.error.group"));
        }
        showFiles();
    }

    /** The file's Markdown goes at the end of the text, on its own line. */
    private void insert(KnowledgeFile file) {
        String text = body.getValue().stripTrailing();
        body.setValue((text.isEmpty() ? "" : text + "\n\n") + file.markdown() + "\n");
        preview();
    }

    private void showFiles() {
        String key = group.getValue() == null ? "" : group.getValue().strip();
        fileList.setItems(files.files(key));
    }

    private Div unansweredTab() {
        unanswered.setId("kb-unanswered");
        unanswered.addColumn(KnowledgeSearch.Unanswered::query).setHeader(getTranslation("kb.col.query")).setFlexGrow(3);
        unanswered.addColumn(u -> getTranslation("language." + u.language())).setHeader(getTranslation("kb.field.language"));
        unanswered.addColumn(KnowledgeSearch.Unanswered::times).setHeader(getTranslation("kb.col.times"));
        DateTimeFormatter when = when();
        unanswered.addColumn(u -> when.format(u.last())).setHeader(getTranslation("kb.col.last"));
        searchCounts.setId("kb-search-counts");
        var to = clock.instant().plusSeconds(1); // up to and including this moment
        var from = clock.instant().minus(Duration.ofDays(7));
        unanswered.setItems(search.withoutResults(from, to, 200));
        KnowledgeSearch.Counts counts = search.counts(from, to);
        searchCounts.setText(getTranslation("kb.searchCounts", counts.searches(), counts.withoutResults()));
        return new Div(new Paragraph(getTranslation("kb.unanswered.intro")), searchCounts, unanswered);
    }

    private Div synonymsTab() {
        synonymsIt.setLabel(getTranslation("language.it"));
        synonymsIt.setId("kb-synonyms-it");
        synonymsEn.setLabel(getTranslation("language.en"));
        synonymsEn.setId("kb-synonyms-en");
        for (var area : List.of(synonymsIt, synonymsEn)) {
            area.setWidthFull();
            area.setMinHeight("240px");
        }
        showSynonyms();
        Button save = new Button(getTranslation("kb.synonyms.save"), e -> {
            search.replaceSynonyms("it", lines(synonymsIt.getValue()));
            search.replaceSynonyms("en", lines(synonymsEn.getValue()));
            showSynonyms();
            Notification.show(getTranslation("kb.synonyms.saved"));
        });
        save.setId("kb-synonyms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new Paragraph(getTranslation("kb.synonyms.intro")), synonymsIt, synonymsEn, save);
    }

    private Div templatesTab() {
        templateGrid.setId("kb-templates");
        templateGrid.addColumn(ReplyTemplate::getTitle).setHeader(getTranslation("kb.col.title")).setFlexGrow(3);
        templateGrid.addColumn(t -> t.getTemplateKey() + " · " + t.getLanguage()).setHeader(getTranslation("kb.col.group"));
        templateGrid.addColumn(t -> t.getChannel() == null ? getTranslation("kb.template.anyChannel")
                : getTranslation("channel." + t.getChannel().name())).setHeader(getTranslation("kb.template.channel"));
        templateGrid.setHeight("240px");
        templateGrid.asSingleSelect().addValueChangeListener(e -> {
            var t = e.getValue();
            if (t != null) {
                templateKey.setValue(t.getTemplateKey());
                templateLanguage.setValue(t.getLanguage());
                templateChannel.setValue(t.getChannel());
                templateTitle.setValue(t.getTitle());
                templateBody.setValue(t.getBody());
            }
        });
        templateKey.setLabel(getTranslation("kb.template.key"));
        templateKey.setId("kb-template-key");
        templateLanguage.setLabel(getTranslation("kb.field.language"));
        templateLanguage.setItems(Analyzers.LANGUAGES);
        templateLanguage.setItemLabelGenerator(l -> getTranslation("language." + l));
        templateLanguage.setValue(uiLanguage());
        templateLanguage.setId("kb-template-language");
        templateChannel.setLabel(getTranslation("kb.template.channel"));
        templateChannel.setEmptySelectionAllowed(true);
        templateChannel.setEmptySelectionCaption(getTranslation("kb.template.anyChannel"));
        templateChannel.setItems(Channel.values());
        templateChannel.setItemLabelGenerator(c -> c == null ? getTranslation("kb.template.anyChannel")
                : getTranslation("channel." + c.name()));
        templateChannel.setId("kb-template-channel");
        templateTitle.setLabel(getTranslation("kb.field.title"));
        templateTitle.setId("kb-template-title");
        templateTitle.setWidthFull();
        templateBody.setLabel(getTranslation("kb.field.body"));
        templateBody.setHelperText(getTranslation("kb.template.snippets", String.join(" ",
                ReplyTemplates.SNIPPETS.stream().map(x -> "{" + x + "}").toList())));
        templateBody.setId("kb-template-body");
        templateBody.setWidthFull();
        templateBody.setMinHeight("200px");
        Button save = new Button(getTranslation("kb.template.save"), e -> saveTemplate());
        save.setId("kb-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        templateGrid.setItems(replyTemplates.all());
        HorizontalLayout where = new HorizontalLayout(templateKey, templateLanguage, templateChannel);
        where.addClassName(LumoUtility.FlexWrap.WRAP);
        return new Div(new Paragraph(getTranslation("kb.template.intro")), templateGrid, where, templateTitle,
                templateBody, save);
    }

    private void saveTemplate() {
        templateKey.setInvalid(false);
        templateTitle.setInvalid(false);
        templateBody.setInvalid(false);
        try {
            replyTemplates.save(templateKey.getValue().strip(), templateLanguage.getValue(), templateChannel.getValue(),
                    templateTitle.getValue(), templateBody.getValue(), currentUser.require().getUsername());
            templateGrid.setItems(replyTemplates.all());
            Notification.show(getTranslation("kb.template.saved"));
        } catch (RuleViolationException e) {
            Notification shown = Notification.show(getTranslation("error.rule." + e.rule()), 8_000,
                    Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            templateGrid.setItems(replyTemplates.all());
        } catch (FieldException e) {
            switch (e.field()) {
                case "key", "language" -> {
                    templateKey.setErrorMessage(getTranslation("kb.template.error.key"));
                    templateKey.setInvalid(true);
                }
                case "title" -> {
                    templateTitle.setErrorMessage(getTranslation("kb.error.title"));
                    templateTitle.setInvalid(true);
                }
                default -> {
                    templateBody.setErrorMessage(getTranslation("kb.template.error.body",
                            String.join(" ", ReplyTemplates.SNIPPETS.stream().map(x -> "{" + x + "}").toList())));
                    templateBody.setInvalid(true);
                }
            }
        }
    }

    private void showSynonyms() {
        synonymsIt.setValue(String.join("\n", search.synonyms("it").stream().map(g -> String.join(", ", g.getTerms())).toList()));
        synonymsEn.setValue(String.join("\n", search.synonyms("en").stream().map(g -> String.join(", ", g.getTerms())).toList()));
    }

    private static List<List<String>> lines(String text) {
        return Arrays.stream(text.split("\n")).map(l -> Arrays.stream(l.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList()).filter(g -> g.size() >= 2).toList();
    }

    private void showArticles() {
        articles.setItems(knowledge.all());
    }

    private void sections(String categoryKey) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(null);
        if (categoryKey != null) {
            knowledge.sections(categoryKey).forEach(s -> keys.add(s.getKey()));
        }
        section.setItems(keys);
    }

    void newArticle() {
        editing = null;
        editingBase = null;
        articles.asSingleSelect().clear();
        group.setReadOnly(false);
        language.setReadOnly(false);
        group.clear();
        language.setValue(uiLanguage());
        category.clear();
        sections(null);
        visibility.setValue(Visibility.PUBLIC);
        for (var f : List.of(related, title, summary, note)) {
            f.clear();
        }
        body.clear();
        versions.setItems(List.of());
        showFiles();
        state.setText(getTranslation("kb.state.new"));
    }

    void edit(Article article) {
        editing = article;
        group.setValue(article.getGroupKey());
        group.setReadOnly(true);
        language.setValue(article.getLanguage());
        language.setReadOnly(true);
        category.setValue(article.getCategory());
        sections(article.getCategory());
        section.setValue(article.getSection());
        visibility.setValue(article.getVisibility());
        related.setValue(String.join(", ", article.getRelated()));
        // what is saved later is checked against this: read before the text, so a save in between is never missed
        editingBase = knowledge.base(article.getId()).orElse(null);
        var draft = knowledge.draftOf(article.getId());
        title.setValue(draft.map(ArticleVersion::getTitle).orElse(nullToEmpty(article.getTitle())));
        summary.setValue(nullToEmpty(draft.map(ArticleVersion::getSummary).orElse(article.getSummary())));
        body.setValue(nullToEmpty(draft.map(ArticleVersion::getBody).orElse(article.getBody())));
        note.clear();
        versions.setItems(knowledge.versions(article.getId()));
        showFiles();
        state.setText(draft.isPresent() ? getTranslation("kb.state.draft", draft.get().getNumber())
                : getTranslation("kb.state.published", article.getPublishedVersion()));
        preview();
    }

    /** Dates and times as this reader writes them, in the desk's zone. */
    private DateTimeFormatter when() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
    }

    private void preview() {
        preview.removeAll();
        preview.add(new Html("<div>" + Markdown.html(body.getValue()) + "</div>"));
    }

    private void save(boolean publish) {
        for (var f : List.of(group, title)) {
            f.setInvalid(false);
        }
        body.setInvalid(false);
        category.setInvalid(false);
        String me = currentUser.require().getUsername();
        var placement = new KnowledgeBase.Placement(category.getValue(), section.getValue(), visibility.getValue(),
                Arrays.stream(related.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        var draft = new KnowledgeBase.Draft(title.getValue(), summary.getValue(), body.getValue(), note.getValue());
        try {
            Article article = knowledge.save(editing == null ? null : editing.getId(), group.getValue().strip(),
                    language.getValue(), placement, draft, editingBase, publish, me);
            showArticles();
            edit(knowledge.get(article.getId()));
            Notification.show(getTranslation(publish ? "kb.published" : "kb.saved"));
        } catch (RuleViolationException e) {
            if (!"ARTICLE_CHANGED".equals(e.rule())) {
                throw e;
            }
            // somebody saved it since this editor opened it: say who and when, keep this person's text on the screen
            Notification shown = Notification.show(getTranslation("error.rule.ARTICLE_CHANGED", e.arguments().get(0),
                    when().format((Instant) e.arguments().get(1))), 10_000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (FieldException e) {
            String text = getTranslation("kb.error." + e.field());
            switch (e.field()) {
                case "group", "language" -> {
                    group.setErrorMessage(text);
                    group.setInvalid(true);
                }
                case "title" -> {
                    title.setErrorMessage(text);
                    title.setInvalid(true);
                }
                case "body" -> {
                    body.setErrorMessage(text);
                    body.setInvalid(true);
                }
                default -> {
                    category.setErrorMessage(text);
                    category.setInvalid(true);
                }
            }
        }
    }

    private void translate() {
        if (editing == null) {
            return;
        }
        String other = Analyzers.LANGUAGES.stream().filter(l -> !l.equals(editing.getLanguage())).findFirst().orElseThrow();
        var existing = knowledge.find(editing.getGroupKey(), other);
        if (existing.isPresent()) {
            edit(existing.get());
            return;
        }
        // the translation starts as a draft with this article's text, to be rewritten in the other language
        Article source = editing;
        newArticle();
        group.setValue(source.getGroupKey());
        group.setReadOnly(true);
        language.setValue(other);
        language.setReadOnly(true);
        category.setValue(source.getCategory());
        sections(source.getCategory());
        section.setValue(source.getSection());
        visibility.setValue(source.getVisibility());
        related.setValue(String.join(", ", source.getRelated()));
        var sourceDraft = knowledge.draftOf(source.getId());
        title.setValue(nullToEmpty(sourceDraft.map(ArticleVersion::getTitle).orElse(source.getTitle())));
        summary.setValue(nullToEmpty(sourceDraft.map(ArticleVersion::getSummary).orElse(source.getSummary())));
        body.setValue(nullToEmpty(sourceDraft.map(ArticleVersion::getBody).orElse(source.getBody())));
        state.setText(getTranslation("kb.state.translation", getTranslation("language." + other)));
    }

    private void archive() {
        if (editing != null) {
            knowledge.archive(editing.getId());
            showArticles();
            edit(knowledge.get(editing.getId()));
        }
    }

    private void restore(ArticleVersion version) {
        try {
            knowledge.restore(version.getArticleId(), version.getNumber(), currentUser.require().getUsername());
            edit(knowledge.get(version.getArticleId()));
            Notification.show(getTranslation("kb.restored", version.getNumber()));
        } catch (RuleViolationException e) {
            Notification.show(getTranslation("kb.error.general"));
        }
    }

    private String uiLanguage() {
        String l = getLocale() == null ? "it" : getLocale().getLanguage();
        return Analyzers.LANGUAGES.contains(l) ? l : "it";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.knowledge");
    }
}
