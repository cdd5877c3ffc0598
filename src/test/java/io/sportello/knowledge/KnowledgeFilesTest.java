package io.sportello.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.sportello.SportelloSpringTest;
import io.sportello.shared.FieldException;
import io.sportello.ticket.AttachmentCheck;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An article's pictures and files: checked like mail attachments when a content owner adds them, shown by the help
 * centre, and read only by who may read an article that shows them — a draft's new picture or an internal article's
 * file never reaches the public.
 */
class KnowledgeFilesTest extends SportelloSpringTest {

    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    KnowledgeFiles files;
    @Autowired
    ArticleImport imports;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    private String group;

    @BeforeEach
    void articles() {
        imports.importFolder("classpath:knowledge/demo", "elena");
        group = "size-chart-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static byte[] office(String... extraEntries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.List<String> entries = new java.util.ArrayList<>(List.of("[Content_Types].xml", "_rels/.rels",
                    "word/document.xml"));
            entries.addAll(List.of(extraEntries));
            for (String name : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                String text = name.equals("[Content_Types].xml")
                        ? "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
                        + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document.main+xml\"/></Types>"
                        : "<x/>";
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] officeWithMacros() throws IOException {
        return office("word/vbaProject.bin");
    }

    private KnowledgeFile upload(String name, byte[] content) {
        return files.upload(group, name, content, "elena").file().orElseThrow();
    }

    private Article article(Visibility visibility, String body) {
        Article article = knowledge.create(group, "it", new KnowledgeBase.Placement("orders", null, visibility, List.of()),
                new KnowledgeBase.Draft("Tabella taglie", null, body, null), "elena");
        return knowledge.publish(article.getId(), "elena");
    }

    private MockHttpServletResponse fetch(KnowledgeFile file, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(file.path());
        if (username != null) {
            request = request.with(user(accounts.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aPublishedArticlesPictureIsShownToEveryoneAsAPictureThatIsNeverSniffed() throws Exception {
        KnowledgeFile chart = upload("Tabella taglie.png", png());
        assertThat(chart.markdown()).isEqualTo("![Tabella taglie.png](" + chart.path() + ")");
        assertThat(chart.path()).startsWith("/help/files/" + chart.getStorageKey() + "/");
        Article article = article(Visibility.PUBLIC, "Misure in centimetri.\n\n" + chart.markdown());

        assertThat(Markdown.html(article.getBody())).as("the help centre shows it")
                .contains("<img src=\"" + chart.path() + "\"");
        MockHttpServletResponse response = fetch(chart, null);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(png());
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(response.getHeader("Cache-Control")).contains("public");
        assertThat(mvc.perform(get("/help/files/" + chart.getStorageKey())).andReturn().getResponse().getStatus())
                .as("also without the name").isEqualTo(200);
    }

    @Test
    void aPictureOnlyADraftShowsIsForContentOwnersUntilTheDraftIsPublished() throws Exception {
        Article article = article(Visibility.PUBLIC, "Misure in centimetri.");
        KnowledgeFile chart = upload("nuova.png", png());
        knowledge.saveDraft(article.getId(), new KnowledgeBase.Draft("Tabella taglie", null,
                "Misure in centimetri.\n\n" + chart.markdown(), null), "elena");

        assertThat(fetch(chart, null).getStatus()).as("the public").isEqualTo(404);
        assertThat(fetch(chart, "luca").getStatus()).as("an agent").isEqualTo(404);
        MockHttpServletResponse preview = fetch(chart, "elena");
        assertThat(preview.getStatus()).as("the content owner previewing her draft").isEqualTo(200);
        assertThat(preview.getHeader("Cache-Control")).contains("no-store").doesNotContain("public");

        knowledge.publish(article.getId(), "elena");
        assertThat(fetch(chart, null).getStatus()).isEqualTo(200);

        knowledge.saveDraft(article.getId(), new KnowledgeBase.Draft("Tabella taglie", null, "Misure in centimetri.",
                null), "elena");
        knowledge.publish(article.getId(), "elena");
        assertThat(fetch(chart, null).getStatus()).as("the published text no longer shows it").isEqualTo(404);
    }

    @Test
    void aKeyWrittenInACodeSpanOrACommentShowsNothingAndSoOpensNothing() throws Exception {
        KnowledgeFile hidden = upload("segreto.png", png());
        Article article = article(Visibility.PUBLIC, "Il file `" + hidden.path() + "` <!-- " + hidden.path() + " -->");
        assertThat(fetch(hidden, null).getStatus()).isEqualTo(404);
        knowledge.archive(article.getId());
        KnowledgeFile shown = upload("visibile.png", png());
        Article other = knowledge.create(group, "en", new KnowledgeBase.Placement("orders", null, Visibility.PUBLIC,
                List.of()), new KnowledgeBase.Draft("Size chart", null, shown.markdown(), null), "elena");
        knowledge.publish(other.getId(), "elena");
        assertThat(fetch(shown, null).getStatus()).isEqualTo(200);
        knowledge.archive(other.getId());
        assertThat(fetch(shown, null).getStatus()).as("an archived article shows nothing").isEqualTo(404);
    }

    @Test
    void anInternalArticlesFileIsForTheStaffAndADocumentIsAlwaysADownload() throws Exception {
        KnowledgeFile procedure = upload("procedura rimborsi.pdf", PDF);
        article(Visibility.INTERNAL, "La procedura: [scarica](" + procedure.path() + ")");

        assertThat(fetch(procedure, null).getStatus()).isEqualTo(404);
        assertThat(fetch(procedure, "giulia").getStatus()).as("a customer").isEqualTo(404);
        assertThat(fetch(procedure, "anna").getStatus()).as("an auditor reads what the public reads").isEqualTo(404);
        assertThat(fetch(procedure, "paolo").getStatus()).as("so does a process owner").isEqualTo(404);
        MockHttpServletResponse response = fetch(procedure, "luca");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/octet-stream");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("procedura%20rimborsi.pdf");
        assertThat(response.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(mvc.perform(get("/help/files/" + "0".repeat(32))).andReturn().getResponse().getStatus())
                .as("a key that does not exist").isEqualTo(404);
        assertThat(mvc.perform(get("/help/files/..%2f..%2fetc%2fpasswd")).andReturn().getResponse().getStatus())
                .as("a path instead of a key is turned away").isIn(400, 404);
    }

    @Test
    void whatIsNotAPictureOrADocumentIsRefusedWithTheReasonAndAFileNeedsAnArticle() throws Exception {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        var refused = files.upload(group, "foto.png", program, "elena");
        assertThat(refused.file()).isEmpty();
        assertThat(refused.refused()).hasValueSatisfying(r ->
                assertThat(r.problem()).isEqualTo(AttachmentCheck.Problem.TYPE_NOT_ACCEPTED));
        var svg = files.upload(group, "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "elena");
        assertThat(svg.refused()).as("an SVG can carry a script").isPresent();
        var macros = files.upload(group, "modulo-reso.docx", officeWithMacros(), "elena");
        assertThat(macros.refused()).as("a Word file with macros, named like one without")
                .hasValueSatisfying(r -> assertThat(r.detail()).isEqualTo(AttachmentCheck.OFFICE_WITH_MACROS));
        assertThat(files.upload(group, "modulo-reso.docx", office(), "elena").file()).as("the same without macros")
                .isPresent();
        assertThat(files.files(group)).extracting(KnowledgeFile::getFileName).containsExactly("modulo-reso.docx");

        assertThatThrownBy(() -> files.upload("", "a.png", png(), "elena")).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.field()).isEqualTo("group"));
        assertThatThrownBy(() -> files.upload("../etc", "a.png", png(), "elena")).isInstanceOf(FieldException.class);
    }

    @Test
    void anArticleShowsOnlyTheDesksOwnPictures() {
        String html = Markdown.html("![tracker](https://evil.example/pixel.gif) ![ok](/help/files/"
                + "a".repeat(32) + "/ok.png) ![up](/help/files/../../secret.png)");
        assertThat(html).doesNotContain("evil.example").doesNotContain("secret.png")
                .contains("<img src=\"/help/files/" + "a".repeat(32) + "/ok.png\"");
        assertThat(Markdown.plainText("Il [modulo](/help/files/" + "b".repeat(32) + "/modulo.pdf) e la [guida](/help/articles/x)."))
                .as("a quote keeps a file link's words, not its address").startsWith("Il modulo e la \"guida\"");
    }

    @Test
    void anImportedArticlesPictureIsCheckedKeptOnceForBothTranslationsAndShown() throws Exception {
        Article it = knowledge.article("sneaker-size-guide", "it", Audience.PUBLIC).orElseThrow();
        Article en = knowledge.article("sneaker-size-guide", "en", Audience.PUBLIC).orElseThrow();
        KnowledgeFile picture = files.files("sneaker-size-guide").stream()
                .filter(f -> f.getFileName().equals("measure-your-foot.png")).findFirst().orElseThrow();
        assertThat(files.files("sneaker-size-guide")).as("one copy for both languages").hasSize(1);
        assertThat(it.getBody()).contains("](" + picture.path() + ")").doesNotContain("](files/");
        assertThat(en.getBody()).contains("](" + picture.path() + ")");
        assertThat(Markdown.plainText(it.getBody())).as("what the assistant quotes has no picture")
                .doesNotContain("/help/files/").contains("Meglio farlo la sera");
        MockHttpServletResponse response = fetch(picture, null);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
    }
}
