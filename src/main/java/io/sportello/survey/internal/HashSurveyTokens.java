package io.sportello.survey.internal;

import io.sportello.shared.ColumnRewrite;
import io.sportello.shared.Secrets;

/**
 * Liquibase step of {@code 005-ownership.yaml}: surveys sent before the desk kept only hashes get the hash of their
 * token, so that their links keep working once the clear tokens are dropped.
 */
public class HashSurveyTokens extends ColumnRewrite {

    public HashSurveyTokens() {
        super("select id, token from survey where token is not null", "update survey set token_hash = ? where id = ?",
                "Survey tokens replaced by their hashes");
    }

    @Override
    protected String rewrite(String token) {
        return Secrets.hash(token);
    }
}
