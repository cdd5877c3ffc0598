package io.sportello.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.ticket.AttachmentCheck.Problem;
import io.sportello.ticket.AttachmentCheck.Upload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The one check every file passes before the desk keeps it: the bytes decide what a file is, not its name. */
class AttachmentCheckTest {

    private static final AttachmentCheck.Limits PICTURES_AND_PDF = new AttachmentCheck.Limits(DataSize.ofKilobytes(100),
            3, List.of("image/png", "image/jpeg", "application/pdf"));

    @TempDir
    Path dir;

    private AttachmentCheck check() {
        return new AttachmentCheck(new AttachmentStore(dir));
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aPictureAndAPdfAreKeptWithTheTypeTheirBytesSayAndCanBeReadBack() throws IOException {
        byte[] picture = png(40, 30);
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        var checked = check().check(List.of(new Upload("size chart.jpg", picture), new Upload(" returns.pdf ", pdf)),
                PICTURES_AND_PDF, 0);

        assertThat(checked.refused()).isEmpty();
        assertThat(checked.accepted()).extracting(Attachment::fileName, Attachment::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("size chart.jpg", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("returns.pdf", "application/pdf"));
        try (var in = new AttachmentStore(dir).open(checked.accepted().get(0).storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(picture);
        }
    }

    @Test
    void aRenamedProgramAnSvgWithAScriptAndAPageCalledPdfAreRefusedAndNothingIsStored() throws IOException {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] page = "<html><body><script>steal()</script></body></html>".getBytes(StandardCharsets.UTF_8);

        var checked = check().check(List.of(new Upload("photo.jpg", program), new Upload("logo.png", svg),
                new Upload("receipt.pdf", page)), PICTURES_AND_PDF, 0);

        assertThat(checked.accepted()).isEmpty();
        assertThat(checked.refused()).extracting(AttachmentCheck.Refusal::problem).containsOnly(Problem.TYPE_NOT_ACCEPTED);
        assertThat(checked.refused()).extracting(AttachmentCheck.Refusal::detail)
                .doesNotContain("image/jpeg", "image/png", "application/pdf")
                .contains("image/svg+xml", "text/html");
        assertThat(checked.reasons().get(1)).isEqualTo("logo.png: type image/svg+xml is not accepted");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void tooLargeAndTooManyAreSaidWithTheLimitAndTheFilesBeforeThemStayKept() throws IOException {
        byte[] big = new byte[(int) DataSize.ofKilobytes(101).toBytes()];
        System.arraycopy(png(1, 1), 0, big, 0, png(1, 1).length);
        var checked = check().check(List.of(new Upload("big.png", big), new Upload("a.png", png(2, 2)),
                new Upload("b.png", png(3, 3)), new Upload(null, png(4, 4))), PICTURES_AND_PDF, 1);

        assertThat(checked.accepted()).extracting(Attachment::fileName).containsExactly("a.png", "b.png");
        assertThat(checked.refused()).extracting(AttachmentCheck.Refusal::fileName, AttachmentCheck.Refusal::problem,
                AttachmentCheck.Refusal::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("big.png", Problem.TOO_LARGE, "100"),
                org.assertj.core.groups.Tuple.tuple("file", Problem.TOO_MANY, "3"));
        assertThat(checked.reasons()).containsExactly("big.png: over the limit of 100 KB", "file: more than 3 files");
    }
}
