package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.sportello.SportelloSpringTest;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Odd but real mail ({@code src/test/resources/mail-corpus}) through the real IMAP path: each message is taken on
 * its own, read the way mail clients read it, and ends as a ticket or as a dead letter with its reason — none stops
 * the mailbox, none vanishes, and a plain mail behind them all still gets through.
 */
class MailCorpusTest extends SportelloSpringTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    Mailbox mailbox;
    @Autowired
    InboundRepository inbound;
    @Autowired
    TicketService tickets;

    @Test
    void everyOddMessageEndsAsATicketOrADeadLetterAndNoneBlocksTheOthers() throws Exception {
        GreenMailUser desk = greenMail.getUserManager().getUserByEmail("support@sportello.local");
        Session session = Session.getInstance(new Properties());
        List<Path> corpus = Files.list(Path.of("src/test/resources/mail-corpus")).filter(p -> p.toString().endsWith(".eml"))
                .sorted().toList();
        for (Path mail : corpus) {
            desk.deliver(new MimeMessage(session, new ByteArrayInputStream(Files.readAllBytes(mail))));
        }
        desk.deliver(new MimeMessage(session, new ByteArrayInputStream(MailTestSupport.mail("dopo@example.it",
                "Dopo tutti gli altri", "<corpus-last@example.it>", "", "Arrivo anche io?").replace("\n", "\r\n")
                .getBytes())));
        long before = inbound.count();

        while (mailbox.pollNow() > 0) {
            // until the mailbox has nothing unread
        }

        assertThat(inbound.count() - before).as("every message kept").isEqualTo(corpus.size() + 1);
        assertThat(ticket("<corpus-last@example.it>").getSubject()).isEqualTo("Dopo tutti gli altri");

        // quirks mail clients read without complaint become tickets
        for (String id : List.of("01", "02", "03", "04", "05", "06", "07", "09", "10", "12", "13", "14")) {
            assertThat(stored(id).getStatus()).as("corpus-" + id + " " + stored(id).getReason())
                    .isEqualTo(InboundStatus.PROCESSED);
        }
        Ticket accents = ticket("<corpus-03@example.it>");
        assertThat(tickets.messages(accents.getId()).get(0).getBodyText()).contains("perché è troppo grande");
        assertThat(attachmentNames("<corpus-05@example.it>")).containsExactly("scontrino acquisto.pdf");
        assertThat(attachmentNames("<corpus-06@example.it>")).containsExactly("ricevuta définitive.pdf");
        assertThat(tickets.messages(ticket("<corpus-07@example.it>").getId()).get(0).getBodyText())
                .contains("addebitato due volte");

        // what nobody could answer is kept with its reason, ready for an administrator
        assertThat(stored("11").getStatus()).isEqualTo(InboundStatus.FAILED);
        assertThat(stored("11").getReason()).contains("sender");
    }

    InboundMessage stored(String n) {
        return inbound.findByDedupeKey("email:<corpus-" + n + (n.equals("04") ? "@silly.example>" : "@example.it>"))
                .orElseThrow(() -> new AssertionError("corpus-" + n + " was not kept"));
    }

    Ticket ticket(String messageId) {
        return tickets.findByMessageExternalId(messageId).orElseThrow(() -> new AssertionError("no ticket for " + messageId));
    }

    List<String> attachmentNames(String messageId) {
        return tickets.messages(ticket(messageId).getId()).get(0).getAttachments().stream()
                .map(a -> a.fileName()).toList();
    }

}
