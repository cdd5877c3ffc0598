package io.sportello.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase step that rewrites one column of the rows a query selects with Java code (what SQL cannot do the same
 * way on H2 and PostgreSQL, such as hashing). The query returns the id and the old value of each row, the update
 * takes the new value and the id.
 */
public abstract class ColumnRewrite implements CustomTaskChange {

    private final String select;
    private final String update;
    private final String done;

    /**
     * @param select the query of the rows to rewrite: their id and the value to rewrite, in that order
     * @param update the update of one row: the new value first, then the id
     * @param done   what Liquibase reports once it ran
     */
    protected ColumnRewrite(String select, String update, String done) {
        this.select = select;
        this.update = update;
        this.done = done;
    }

    /** The new value of one row's column. */
    protected abstract String rewrite(String value);

    @Override
    public String getConfirmationMessage() {
        return done;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        var connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<Long, String> values = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(select); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getLong(1), rows.getString(2));
                }
            }
            try (PreparedStatement change = connection.prepareStatement(update)) {
                for (Map.Entry<Long, String> v : values.entrySet()) {
                    change.setString(1, rewrite(v.getValue()));
                    change.setLong(2, v.getKey());
                    change.addBatch();
                }
                change.executeBatch();
            }
        } catch (SQLException e) {
            throw new CustomChangeException(getConfirmationMessage() + " failed", e);
        }
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
