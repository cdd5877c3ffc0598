package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import io.sportello.shared.FieldException;
import io.sportello.ticket.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public contact form holds its limits on the server: file count and sizes, text lengths. Nothing is stored. */
class ContactFormLimitsTest extends SportelloSpringTest {

    @Autowired
    ContactForm form;
    @Autowired
    InboundRepository inbound;

    ContactForm.Submission submission(String message, List<ContactForm.File> files) {
        return new ContactForm.Submission("Carla Neri", "carla." + UUID.randomUUID() + "@esempio.it", null,
                Category.RETURN, message, files, null, "it");
    }

    @Test
    void moreFilesOrBytesThanPromisedAreRefusedWhateverTheBrowserSent() {
        long before = inbound.count();
        List<ContactForm.File> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(new ContactForm.File("foto" + i + ".jpg", new byte[1024]));
        }
        assertThatThrownBy(() -> form.submit(submission("Allego le foto del pacco rotto", eight), "203.0.113.7"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("files"));
        List<ContactForm.File> big = List.of(new ContactForm.File("video.mp4", new byte[(int) ContactForm.MAX_FILE_BYTES + 1]));
        assertThatThrownBy(() -> form.submit(submission("Allego il video del pacco rotto", big), "203.0.113.7"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("files"));
        assertThat(inbound.count()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteFileIsAcceptedAsPromised() {
        List<ContactForm.File> ten = List.of(new ContactForm.File("scontrino.pdf", new byte[(int) ContactForm.MAX_FILE_BYTES]));
        assertThat(form.submit(submission("Allego lo scontrino del mio acquisto", ten), "203.0.113.8").ticketNumber())
                .isNotNull();
    }

    @Test
    void textsLongerThanTheFormTakesAreRefused() {
        assertThatThrownBy(() -> form.submit(submission("x".repeat(ContactForm.MAX_MESSAGE + 1), List.of()), "203.0.113.9"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("messageLength"));
        assertThatThrownBy(() -> form.submit(new ContactForm.Submission("N".repeat(ContactForm.MAX_NAME + 1),
                "lungo@esempio.it", null, Category.RETURN, "Un messaggio normale", List.of(), null, "it"), "203.0.113.9"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
