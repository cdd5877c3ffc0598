package io.sportello.survey.internal;

import io.sportello.shared.Secrets;
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
 * Liquibase step of {@code 005-ownership.yaml}: surveys sent before the desk kept only hashes get the hash of their
 * token, so that their links keep working once the clear tokens are dropped.
 */
public class HashSurveyTokens implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        var connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<Long, String> tokens = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select id, token from survey where token is not null");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.put(rows.getLong(1), rows.getString(2));
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update survey set token_hash = ? where id = ?")) {
                for (Map.Entry<Long, String> t : tokens.entrySet()) {
                    update.setString(1, Secrets.hash(t.getValue()));
                    update.setLong(2, t.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        } catch (java.sql.SQLException e) {
            throw new CustomChangeException("Could not hash the survey tokens", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Survey tokens replaced by their hashes";
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
