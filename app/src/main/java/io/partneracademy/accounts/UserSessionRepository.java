package io.partneracademy.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserSessionRepository extends CrudRepository<UserSession, String> {

    @Query("""
            SELECT s.user_id, s.last_seen_at, s.expires_at, u.email, u.display_name, u.active, u.language, u.time_zone,
                   (SELECT GROUP_CONCAT(r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
            FROM user_session s JOIN app_user u ON u.id = s.user_id
            WHERE s.token_hash = :tokenHash""")
    java.util.Optional<SessionUserRow> findWithUser(String tokenHash);

    @Query("UPDATE user_session SET last_seen_at = :seenAt WHERE token_hash = :tokenHash")
    int touch(String tokenHash, Instant seenAt);

    @Query("DELETE FROM user_session WHERE user_id = :userId")
    void deleteAllOfUser(long userId);

    @Query("DELETE FROM user_session WHERE expires_at < :now OR last_seen_at < :idleSince")
    void deleteExpired(Instant now, Instant idleSince);
}
