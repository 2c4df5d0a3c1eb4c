package io.partneracademy.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserSessionRepository extends CrudRepository<UserSession, String> {

    @Query("UPDATE user_session SET last_seen_at = :seenAt WHERE token_hash = :tokenHash")
    void touch(String tokenHash, Instant seenAt);

    @Query("DELETE FROM user_session WHERE user_id = :userId")
    void deleteAllOfUser(long userId);

    @Query("DELETE FROM user_session WHERE expires_at < :now OR last_seen_at < :idleSince")
    void deleteExpired(Instant now, Instant idleSince);
}
