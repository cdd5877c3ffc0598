package io.sportello.knowledge;

import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Attachment;
import io.sportello.ticket.AttachmentCheck;
import io.sportello.ticket.AttachmentStore;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images and files of the knowledge base. Uploads pass the desk's {@link AttachmentCheck} (size, number, type from
 * the bytes) with the limits of {@link KnowledgeFileLimits}; an article shows a file by linking to it in its
 * Markdown. Who may read a file is decided here, for every way it is fetched: content owners read every file (their
 * drafts' previews); anybody else only the files a published article they may read ({@link Audience}) shows in its
 * published text — so a new image in a draft, or the screenshot of an internal article, stays with the desk.
 */
@Service
@Transactional
public class KnowledgeFiles {

    /** Where files are served; the sanitiser lets images come from here only. */
    public static final String PREFIX = "/help/files/";
    static final Pattern REFERENCE = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{32})(?:/.*)?");

    private final KnowledgeFileRepository files;
    private final ArticleRepository articles;
    private final AttachmentCheck check;
    private final AttachmentStore store;
    private final AttachmentCheck.Limits limits;
    private final Clock clock;

    KnowledgeFiles(KnowledgeFileRepository files, ArticleRepository articles, AttachmentCheck check,
                   AttachmentStore store, KnowledgeFileLimits limits, Clock clock) {
        this.files = files;
        this.articles = articles;
        this.check = check;
        this.store = store;
        this.limits = new AttachmentCheck.Limits(limits.maxSize(), limits.maxCount(), limits.allowedTypes());
        this.clock = clock;
    }

    /** What an upload kept (at most one file) or why it did not. */
    public record Uploaded(Optional<KnowledgeFile> file, Optional<AttachmentCheck.Refusal> refused) {
    }

    /** Checks and keeps a file for the articles of a translation group. */
    public Uploaded upload(String groupKey, String fileName, byte[] content, String by) {
        if (groupKey == null || !KnowledgeBase.KEY.matcher(groupKey).matches()) {
            throw new FieldException("group", "A file belongs to an article: give the article's key first");
        }
        AttachmentCheck.Checked checked = check.check(List.of(new AttachmentCheck.Upload(fileName, content)), limits,
                (int) files.countByGroupKey(groupKey));
        if (!checked.refused().isEmpty()) {
            return new Uploaded(Optional.empty(), Optional.of(checked.refused().get(0)));
        }
        Attachment kept = checked.accepted().get(0);
        return new Uploaded(Optional.of(files.save(new KnowledgeFile(groupKey, kept.fileName(), kept.contentType(),
                kept.size(), kept.storageKey(), by, clock.instant()))), Optional.empty());
    }

    /** A group's files, newest first (the editor's list to insert from). */
    @Transactional(readOnly = true)
    public List<KnowledgeFile> files(String groupKey) {
        return groupKey == null ? List.of() : files.findByGroupKeyOrderByUploadedAtDescIdDesc(groupKey);
    }

    /** The limits, for the editor to say them. */
    public AttachmentCheck.Limits limits() {
        return limits;
    }

    /**
     * The file behind a key if this reader may have it: content owners any; others a file shown by a published
     * article their audience may read. Whoever may not is told it does not exist.
     */
    @Transactional(readOnly = true)
    public KnowledgeFile readable(String key, Audience audience, boolean contentOwner) {
        KnowledgeFile file = files.findByStorageKey(key == null ? "" : key)
                .orElseThrow(() -> new NotFoundException("File", key));
        if (contentOwner || articles.findShowing(key).stream().anyMatch(audience::mayRead)) {
            return file;
        }
        throw new NotFoundException("File", key);
    }

    /** Whether the public may read the file (then it may be cached by anyone on the way). */
    @Transactional(readOnly = true)
    public boolean isPublic(KnowledgeFile file) {
        return articles.findShowing(file.getStorageKey()).stream().anyMatch(Audience.PUBLIC::mayRead);
    }

    public InputStream open(KnowledgeFile file) {
        return store.open(file.getStorageKey());
    }

    /**
     * The keys of the desk's files a Markdown text shows or links to — as a picture or a link, not a key merely
     * written in a code span or a comment, which shows nothing and so opens nothing.
     */
    static Set<String> referencedIn(String markdown) {
        Set<String> keys = new LinkedHashSet<>();
        for (String destination : Markdown.destinations(markdown)) {
            Matcher m = REFERENCE.matcher(destination == null ? "" : destination);
            if (m.matches()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }
}
