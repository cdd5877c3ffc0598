package io.sportello.knowledge;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Articles are written in Markdown (CommonMark with tables) and shown as HTML that has passed the OWASP sanitizer:
 * whatever an editor types (raw HTML, scripts, {@code javascript:} links, event handlers), readers get text, headings,
 * lists, tables, links and images only — and images only from the desk's own files ({@link KnowledgeFiles}), which
 * passed the attachment check: no picture from elsewhere (a tracking pixel, something nobody checked) reaches a reader.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowUrlProtocols("https", "http", "mailto").allowAttributes("href").onElements("a")
                    .requireRelNofollowOnLinks()
                    .allowElements("img").allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(java.util.regex.Pattern.compile(
                            java.util.regex.Pattern.quote(KnowledgeFiles.PREFIX) + "[0-9a-f]{32}(?:/[a-z0-9][a-z0-9.-]{0,79})?"))
                    .onElements("img")
                    .allowElements("hr", "br", "pre", "code", "thead", "tbody", "tr", "th", "td")
                    .allowAttributes("id").matching(java.util.regex.Pattern.compile("[a-z0-9-]{1,80}")).onElements("h2", "h3", "h4")
                    .toFactory());

    private Markdown() {
    }

    /** The article's HTML, safe to show. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
    }

    /** The article's words without markup (what the index reads and a snippet quotes); pictures are left out. */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(wordsOnly(markdown));
    }

    /**
     * The text parsed without the desk's pictures and files: a quote in a reply or a chat cannot show them, and their
     * addresses mean nothing there (the article's own link leads to them). A link to a file keeps its words.
     */
    private static Node wordsOnly(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Image> images = new java.util.ArrayList<>();
        List<Link> fileLinks = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }

            @Override
            public void visit(Link link) {
                if (link.getDestination() != null && link.getDestination().startsWith(KnowledgeFiles.PREFIX)) {
                    fileLinks.add(link);
                }
                visitChildren(link);
            }
        });
        images.forEach(Node::unlink);
        for (Link link : fileLinks) {
            for (Node child = link.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
        return document;
    }

    /**
     * A table as a reply can carry it: one line a row, its first cell first and, in a table of three columns or more,
     * every other cell after its column's heading ("- Espresso DHL in Italia: Costo 9,90 €; Tempi giorno lavorativo
     * successivo"; two columns: "- Sabato: 9:00 – 13:00"), instead of cells run together with bars.
     */
    private static String rows(TableBlock table) {
        List<String> headings = new java.util.ArrayList<>();
        List<List<String>> body = new java.util.ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new java.util.ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    // the cell's own words (rendering the cell itself adds the table's bars)
                    StringBuilder words = new StringBuilder();
                    for (Node inline = cell.getFirstChild(); inline != null; inline = inline.getNext()) {
                        words.append(TEXT.render(inline));
                    }
                    cells.add(words.toString().strip());
                }
                if (section instanceof TableHead) {
                    headings.addAll(cells);
                } else {
                    body.add(cells);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> cells : body) {
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            StringBuilder line = new StringBuilder("- ").append(cells.get(0));
            String separator = cells.get(0).isEmpty() ? "" : ": ";
            for (int i = 1; i < cells.size(); i++) {
                if (cells.get(i).isEmpty()) {
                    continue;
                }
                // two columns: the first cell says what the second is ("Sabato: 9–13"); more: each value its heading
                String heading = i < headings.size() && (headings.size() > 2 || cells.get(0).isEmpty())
                        ? headings.get(i) : "";
                line.append(separator).append(heading.isEmpty() ? "" : heading + " ").append(cells.get(i));
                separator = "; ";
            }
            out.append(line.toString().strip()).append('\n');
        }
        return out.toString().strip();
    }

    /** Where the text's links and pictures lead, as written (the files an article shows are found from them). */
    static List<String> destinations(String markdown) {
        List<String> found = new java.util.ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return found;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                found.add(image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                found.add(link.getDestination());
                visitChildren(link);
            }
        });
        return found;
    }

    /** A part of an article: its heading (none for the text before the first one) and its words. */
    public record Part(String heading, String text) {
    }

    /**
     * The article cut at its headings, as plain text: the part an agent inserts into a reply and the assistant quotes.
     */
    public static List<Part> parts(String markdown) {
        List<Part> parts = new java.util.ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return parts;
        }
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (Node node = wordsOnly(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Heading) {
                if (!text.isEmpty() || heading != null) {
                    parts.add(new Part(heading, text.toString().strip()));
                }
                heading = TEXT.render(node).strip();
                text.setLength(0);
            } else if (node instanceof TableBlock table) {
                text.append(rows(table)).append("\n\n");
            } else if (!TEXT.render(node).isBlank()) {
                text.append(TEXT.render(node).strip()).append("\n\n");
            }
        }
        if (!text.isEmpty() || heading != null) {
            parts.add(new Part(heading, text.toString().strip()));
        }
        return parts;
    }
}
