package io.partneracademy.tiers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.partneracademy.catalog.Level;

import java.time.Instant;
import java.util.List;

/**
 * Read-only reporting over one partner's current staff and the certifications they hold, read in SQL because a
 * dashboard that asked about each person would make hundreds of queries per page. Progress along a path is not
 * here: it comes from catalog's Requirements in one batch, because it has one definition there. Who is current
 * staff and which certification is active or lapsed are the owners' views (ADR 0053).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamRepository extends GenericRepository<AssessmentRow, Long> {

    @Introspected
    record StaffRow(long userId, String displayName, String jobTitle) {
    }

    @Introspected
    record PathRow(String id, String title, Level level) {
    }

    @Introspected
    record CertRow(long userId, String pathId, Level level, Instant expiresAt) {
    }

    /** When a person's certification on a path last lapsed (expired or was revoked). */
    @Introspected
    record LapsedRow(long userId, String pathId, Instant lapsedAt) {
    }

    @Query("""
            SELECT c.user_id, c.path_id, MAX(c.lapsed_at) AS lapsed_at
            FROM partner_current_staff e JOIN certification_issued c ON c.user_id = e.user_id
            WHERE e.partner_id = :partnerId AND c.lapsed_at IS NOT NULL
            GROUP BY c.user_id, c.path_id""")
    List<LapsedRow> findLapsed(long partnerId);

    @Query("""
            SELECT u.id AS user_id, u.display_name, COALESCE(e.job_title, '') AS job_title
            FROM partner_current_staff e JOIN app_user u ON u.id = e.user_id
            WHERE e.partner_id = :partnerId
            ORDER BY u.display_name, u.id""")
    List<StaffRow> findStaff(long partnerId);

    @Query("SELECT id, title, level FROM learning_path")
    List<PathRow> findPaths();

    @Query("""
            SELECT c.user_id, c.path_id, c.level, c.expires_at
            FROM partner_current_staff e JOIN certification_active c ON c.user_id = e.user_id
            WHERE e.partner_id = :partnerId AND c.expires_at > :now
            ORDER BY c.expires_at""")
    List<CertRow> findActive(long partnerId, Instant now);
}
