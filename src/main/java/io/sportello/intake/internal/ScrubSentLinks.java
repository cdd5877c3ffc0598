package io.sportello.intake.internal;

import io.sportello.intake.Outbox;
import io.sportello.shared.ColumnRewrite;

/**
 * Liquibase step of {@code 005-ownership.yaml}: survey and sign-in mails already sent lose the secret part of their
 * link (the copy the desk keeps of a sent mail must not be a working link).
 */
public class ScrubSentLinks extends ColumnRewrite {

    public ScrubSentLinks() {
        super("select id, body from outbound_delivery where kind in ('SURVEY', 'SIGN_IN_LINK') and status = 'SENT'",
                "update outbound_delivery set body = ? where id = ?", "Secret links removed from sent mails");
    }

    @Override
    protected String rewrite(String body) {
        return Outbox.withoutSecretLinks(body);
    }
}
