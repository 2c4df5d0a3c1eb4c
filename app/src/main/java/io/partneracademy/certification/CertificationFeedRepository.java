package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificationFeedRepository extends GenericRepository<CertificationRow, Long> {

    Optional<CertificationRow> findById(long id);

    /**
     * Certifications in the order they last changed (status_at moves on issue, expiry, revocation and renewal),
     * after a (status_at, id) cursor; with a partner, only those whose holder that partner employs today (partners'
     * view of current staff, ADR 0053).
     */
    @Query("""
            SELECT c.* FROM certification c
            WHERE (:partnerId IS NULL OR EXISTS (SELECT 1 FROM partner_current_staff e
                   WHERE e.user_id = c.user_id AND e.partner_id = :partnerId))
              AND (:userId IS NULL OR c.user_id = :userId)
              AND (c.status_at > :afterAt OR (c.status_at = :afterAt AND c.id > :afterId))
            ORDER BY c.status_at, c.id
            LIMIT :limit""")
    List<CertificationRow> changedAfter(@Nullable Long partnerId, @Nullable Long userId, Instant afterAt, long afterId,
                                       int limit);
}
