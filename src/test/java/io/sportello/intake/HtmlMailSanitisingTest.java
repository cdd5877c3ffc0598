package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HTML mail with vectors from the OWASP XSS filter-evasion cheat sheet: what is stored (and later shown to agents
 * and in the portal) must carry no script, event handler, javascript: URL, frame, remote image or style expression,
 * while the plain text is kept.
 */
class HtmlMailSanitisingTest extends SportelloSpringTest {

    @Autowired
    EmailIntake emails;
    @Autowired
    TicketService tickets;

    @ParameterizedTest
    @ValueSource(strings = {
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<script>alert('XSS')</script>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<iframe src=http://xss.example/scriptlet.html <",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<svg/onload=alert('XSS')>",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=\">x</a>",
            "<a href=\"&#x6A;avascript:alert(1)\">click</a>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<img src=\"https://tracker.example/pixel.gif\" width=1 height=1>"})
    void htmlPayloadsComeOutInert(String vector) {
        String id = "<" + UUID.randomUUID() + "@xss.example>";
        String raw = "From: tester@xss.example\r\nTo: support@sportello.local\r\nSubject: Ordine\r\nMessage-ID: " + id
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<html><body><p>Ciao, ecco il problema:</p>"
                + vector + "<p>Grazie</p></body></html>\r\n";
        Receipt receipt = emails.receive(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(receipt.status()).isEqualTo(InboundStatus.PROCESSED);

        TicketMessage message = tickets.findByMessageExternalId(id).map(t -> tickets.messages(t.getId()).get(0)).orElseThrow();
        String html = message.getBodyHtml().toLowerCase(Locale.ROOT);
        assertThat(html).doesNotContain("<script", "javascript:", "onerror", "onload", "onmouseover", "<iframe", "<svg",
                "<meta", "<link", "<object", "<style", "expression(", "<img", "<input", "data:text", "@import", "background=");
        // unclosed vectors swallow what follows them, as they would in a browser; what precedes them is kept
        assertThat(message.getBodyText()).contains("Ciao, ecco il problema:");
    }
}
