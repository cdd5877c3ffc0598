package io.sportello.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * An image or a file of the knowledge base, uploaded to an article's translation group (the Italian and the English
 * article show the same screenshot) after the desk's attachment check. Its bytes live in attachment storage under
 * {@link #storageKey}; the name the editor's file had is metadata only. An article shows it by linking to
 * {@link #path()} in its Markdown.
 */
@Entity
@Table(name = "kb_file")
public class KnowledgeFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_file_seq")
    @SequenceGenerator(name = "kb_file_seq", sequenceName = "kb_file_seq", allocationSize = 50)
    private Long id;
    private String groupKey;
    private String fileName;
    private String contentType;
    private long size;
    private String storageKey;
    private String uploadedBy;
    private Instant uploadedAt;

    protected KnowledgeFile() {
    }

    KnowledgeFile(String groupKey, String fileName, String contentType, long size, String storageKey, String uploadedBy,
                  Instant uploadedAt) {
        this.groupKey = groupKey;
        this.fileName = fileName.length() <= 255 ? fileName : fileName.substring(fileName.length() - 255);
        this.contentType = contentType;
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Where readers get it: the key, and the name made safe for a URL (only there to read well). */
    public String path() {
        return KnowledgeFiles.PREFIX + storageKey + "/" + slug(fileName);
    }

    /** The Markdown that shows it in an article: an image inline, any other file as a link to download. */
    public String markdown() {
        String label = fileName.replaceAll("[\\[\\]\\\\*_`<>]", " ").strip();
        return (isImage() ? "!" : "") + "[" + label + "](" + path() + ")";
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|-+$", "");
        return slug.isEmpty() ? "file" : slug.length() <= 80 ? slug : slug.substring(slug.length() - 80);
    }

    public Long getId() {
        return id;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
