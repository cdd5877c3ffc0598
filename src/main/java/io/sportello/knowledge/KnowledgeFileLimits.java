package io.sportello.knowledge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What an article's images and files may be ({@code sportello.knowledge.files}): at most {@code max-count} per
 * translation group, each at most {@code max-size}, of a type browsers show or readers open safely — pictures
 * (no SVG: it can carry scripts), PDF, plain text and office documents, as detected from the bytes.
 */
@ConfigurationProperties("sportello.knowledge.files")
public record KnowledgeFileLimits(DataSize maxSize, int maxCount, List<String> allowedTypes) {

    public KnowledgeFileLimits {
        maxSize = maxSize != null ? maxSize : DataSize.ofMegabytes(5);
        maxCount = maxCount > 0 ? maxCount : 30;
        allowedTypes = allowedTypes != null && !allowedTypes.isEmpty() ? List.copyOf(allowedTypes) : List.of(
                "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "text/csv",
                // Office Open XML (docx, xlsx, pptx) as Tika's core names it; one with macros is detected apart
                "application/x-tika-ooxml", "application/vnd.oasis.opendocument.text");
    }
}
