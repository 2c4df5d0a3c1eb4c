package io.partneracademy.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Uses the link up; 0 when another request used it first (the update sees the latest row, not a snapshot). */
    @Query("UPDATE invitation SET used_at = :now WHERE id = :id AND used_at IS NULL AND expires_at > :now")
    int markUsed(long id, Instant now);

    @Query("UPDATE invitation SET expires_at = :now WHERE user_id = :userId AND used_at IS NULL AND expires_at > :now")
    void expireOpen(long userId, Instant now);
}
