package io.sportello.survey.internal;

import io.sportello.shared.ColumnRewrite;
import io.sportello.shared.Secrets;

/**
 * Liquibase step of {@code 005-ownership.yaml}: surveys sent before the desk kept only hashes get the hash of their
 * token, so that their links keep working once the clear tokens are dropped.
 */
public class HashSurveyTokens extends ColumnRewrite {

    @Override
    protected String select() {
        return "select id, token from survey where token is not null";
    }

    @Override
    protected String update() {
        return "update survey set token_hash = ? where id = ?";
    }

    @Override
    protected String rewrite(String token) {
        return Secrets.hash(token);
    }

    @Override
    public String getConfirmationMessage() {
        return "Survey tokens replaced by their hashes";
    }
}
