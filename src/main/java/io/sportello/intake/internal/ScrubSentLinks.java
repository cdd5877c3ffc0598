package io.sportello.intake.internal;

import io.sportello.intake.Outbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase step of {@code 005-ownership.yaml}: survey and sign-in mails already sent lose the secret part of their link
 * (the copy the desk keeps of a sent mail must not be a working link).
 */
public class ScrubSentLinks implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        var connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<Long, String> bodies = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, body from outbound_delivery where kind in ('SURVEY', 'SIGN_IN_LINK') and status = 'SENT'");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    bodies.put(rows.getLong(1), rows.getString(2));
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update outbound_delivery set body = ? where id = ?")) {
                for (Map.Entry<Long, String> b : bodies.entrySet()) {
                    update.setString(1, Outbox.withoutSecretLinks(b.getValue()));
                    update.setLong(2, b.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        } catch (java.sql.SQLException e) {
            throw new CustomChangeException("Could not scrub the links of sent mails", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Secret links removed from sent mails";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
