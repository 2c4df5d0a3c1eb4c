package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificationRepository extends CrudRepository<CertificationRow, Long> {

    Optional<CertificationRow> findByCredentialId(String credentialId);

    Optional<CertificationRow> findByActiveKey(String activeKey);

    List<CertificationRow> findByUserIdOrderByIssuedAtDesc(long userId);

    List<CertificationRow> findByUserIdAndPathIdOrderByIssuedAtDesc(long userId, String pathId);

    @Query("SELECT COUNT(*) FROM certification WHERE attempt_id = :attemptId")
    int countByAttempt(long attemptId);

    /** Serialises issuance per person: two requirements completing at once cannot both issue. */
    @Query("SELECT id FROM app_user WHERE id = :userId FOR UPDATE")
    Optional<Long> lockPerson(long userId);

    @Query("""
            UPDATE certification SET status = :status, status_at = :at, status_reason = :reason, active_key = NULL,
                   superseded_by = :supersededBy
            WHERE id = :id AND status = 'ACTIVE'""")
    int endActive(long id, CertificationStatus status, Instant at, @Nullable String reason, @Nullable Long supersededBy);

    @Query("SELECT * FROM certification WHERE status = 'REVOKED' ORDER BY status_at")
    List<CertificationRow> findRevoked();

    @Query("SELECT status_index FROM certification WHERE status = 'REVOKED' AND status_index IS NOT NULL ORDER BY status_index")
    List<Integer> findRevokedStatusIndexes();

    @Query("SELECT COALESCE(MAX(status_index), 0) FROM certification")
    int maxStatusIndex();

    @Query("SELECT COUNT(*) FROM certification WHERE status_index IS NOT NULL")
    long countStatusIndexes();

    /** The certification's status list position, -1 while it has none. */
    @Query("SELECT COALESCE(status_index, -1) FROM certification WHERE id = :id")
    int statusIndexOf(long id);

    /** Claims a position for a certification that has none; a position another certification holds fails the unique key. */
    @Query("UPDATE certification SET status_index = :statusIndex WHERE id = :id AND status_index IS NULL")
    int assignStatusIndex(long id, int statusIndex);

    @Query("UPDATE certification SET superseded_by = :successorId WHERE id = :id")
    void linkSuccessor(long id, long successorId);

    @Query("""
            SELECT id FROM certification WHERE status = 'ACTIVE' AND expires_at <= :now
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> claimExpired(Instant now, int limit);

    /** Active certifications (the view {@code certification_active}) expiring in (now, until], soonest first. */
    @Query("""
            SELECT c.* FROM certification c JOIN certification_active a ON a.id = c.id
            WHERE a.expires_at > :now AND a.expires_at <= :until
            ORDER BY a.expires_at""")
    List<CertificationRow> findActiveExpiringBetween(Instant now, Instant until);

    @Query("""
            SELECT c.* FROM certification c JOIN certification_active a ON a.id = c.id
            WHERE a.user_id IN (:userIds) AND a.expires_at > :now AND a.expires_at <= :until
            ORDER BY a.expires_at""")
    List<CertificationRow> findActiveExpiringBetweenHeldBy(java.util.Collection<Long> userIds, Instant now, Instant until);

    @Query("""
            SELECT c.* FROM certification c JOIN certification_active a ON a.id = c.id
            WHERE a.issued_at > :issuedAfter AND a.expires_at > :now AND a.expires_at <= :until
            ORDER BY a.expires_at""")
    List<CertificationRow> findActiveIssuedAfterExpiringBetween(Instant issuedAfter, Instant now, Instant until);

    /** An active certification as public listings show it (a projection: the listing reads thousands). */
    @io.micronaut.core.annotation.Introspected
    record ActiveRow(long userId, String pathId, String pathTitle, String level,
                     String credentialId) {
    }

    @Query("""
            SELECT user_id, path_id, path_title, level, credential_id FROM certification_active
            WHERE user_id IN (:userIds) AND expires_at > :now
            ORDER BY issued_at, id""")
    List<ActiveRow> findActiveHeldBy(java.util.Collection<Long> userIds, Instant now);

    @Query("SELECT DISTINCT user_id FROM certification_active WHERE path_id = :pathId AND expires_at > :now")
    List<Long> findActiveHolders(String pathId, Instant now);

    @Query("""
            SELECT * FROM certification WHERE (:query = '' OR holder_name LIKE :like OR credential_id = :query)
            ORDER BY issued_at DESC LIMIT 200""")
    List<CertificationRow> search(String query, String like);

    @Query("""
            INSERT INTO certification_event (certification_id, type, at, actor_id, detail)
            VALUES (:certificationId, :type, :at, :actorId, :detail)""")
    void addEvent(long certificationId, String type, Instant at, @Nullable Long actorId, @Nullable String detail);

    @Query("SELECT * FROM certification_event WHERE certification_id = :certificationId ORDER BY at, id")
    List<CertificationEventRow> findEvents(long certificationId);

    @Query("SELECT COUNT(*) FROM outbox_event WHERE type = :type AND aggregate_id = :credentialId")
    int countOutbox(String type, String credentialId);
}
