package io.sportello.ticket;

import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Makes message HTML safe to show (OWASP sanitizer) and derives its plain text (jsoup). */
final class HtmlCleaner {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

    private HtmlCleaner() {
    }

    static String sanitise(String html) {
        return html == null || html.isBlank() ? null : POLICY.sanitize(html);
    }

    static String text(String html) {
        return html == null ? null : Jsoup.parse(html).wholeText().strip();
    }
}
