package io.partneracademy.reports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * Read-only reporting SQL over other features' tables (exam_attempt, path_enrolment, partner) and the views through
 * which certification, partners and live give their rules (certification_issued, certification_active,
 * partner_current_staff, live_recorded_attendance; ADR 0046, 0053): acceptable for reports, which only read, and
 * aggregated by the database with GROUP BY so a page costs a handful of queries whatever the number of people.
 * People are counted at their
 * current employer; a tier or region of '' means any, and people who work for no partner only count then. Without a
 * filter the employer test folds away (the driver sends the values inline), so the default view joins nothing.
 * Progress through a path's training is not read here: it has one definition, catalog's Requirements.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgramRepository extends GenericRepository<ProgramRows.Issued, String> {

    @Query("""
            SELECT c.level AS level, COUNT(*) AS issued
            FROM certification_issued c
            WHERE c.issued_at >= :from AND c.issued_at < :to
              AND ((:tier = '' AND :region = '') OR EXISTS (SELECT 1 FROM partner_current_staff e
                   JOIN partner p ON p.id = e.partner_id WHERE e.user_id = c.user_id
                     AND (:tier = '' OR p.tier = :tier) AND (:region = '' OR p.region = :region)))
            GROUP BY c.level""")
    List<ProgramRows.Issued> issued(Instant from, Instant to, String tier, String region);

    @Query("""
            SELECT lp.level AS level, COUNT(*) AS attempts, SUM(CASE WHEN a.passed THEN 1 ELSE 0 END) AS passed,
                   AVG(a.score_percent) AS avg_score
            FROM exam_attempt a
            JOIN exam_version v ON v.exam_id = a.exam_id AND v.version = a.exam_version
            JOIN exam x ON x.id = a.exam_id
            JOIN learning_path lp ON lp.id = x.path_id
            WHERE a.closed_at >= :from AND a.closed_at < :to AND a.passed IS NOT NULL AND v.mode = 'CERTIFICATION'
              AND ((:tier = '' AND :region = '') OR EXISTS (SELECT 1 FROM partner_current_staff e
                   JOIN partner p ON p.id = e.partner_id WHERE e.user_id = a.user_id
                     AND (:tier = '' OR p.tier = :tier) AND (:region = '' OR p.region = :region)))
            GROUP BY lp.level""")
    List<ProgramRows.Graded> graded(Instant from, Instant to, String tier, String region);

    @Query("""
            SELECT p.tier AS tier, COUNT(*) AS partners, COALESCE(SUM(s.people), 0) AS people,
                   COALESCE(SUM(s.foundation), 0) AS foundation, COALESCE(SUM(s.practitioner), 0) AS practitioner,
                   COALESCE(SUM(s.architect), 0) AS architect, COALESCE(SUM(s.specialization), 0) AS specialization
            FROM partner p
            LEFT JOIN (SELECT e.partner_id, COUNT(DISTINCT c.user_id) AS people,
                              SUM(CASE WHEN c.level = 'FOUNDATION' THEN 1 ELSE 0 END) AS foundation,
                              SUM(CASE WHEN c.level = 'PRACTITIONER' THEN 1 ELSE 0 END) AS practitioner,
                              SUM(CASE WHEN c.level = 'ARCHITECT' THEN 1 ELSE 0 END) AS architect,
                              SUM(CASE WHEN c.level = 'SPECIALIZATION' THEN 1 ELSE 0 END) AS specialization
                       FROM certification_active c
                       JOIN partner_current_staff e ON e.user_id = c.user_id
                       WHERE c.expires_at > :now
                       GROUP BY e.partner_id) s ON s.partner_id = p.id
            WHERE (:tier = '' OR p.tier = :tier) AND (:region = '' OR p.region = :region)
            GROUP BY p.tier""")
    List<ProgramRows.TierStatus> tierStatus(Instant now, String tier, String region);

    /**
     * The path enrolments of the period, each with whether the person was ever certified on the path. Whether the
     * others completed their training is catalog's question (Requirements), asked in batches by the report.
     */
    @Query("""
            SELECT pe.user_id AS user_id, pe.path_id AS path_id, lp.level AS level,
                   (SELECT COUNT(*) FROM certification_issued c
                    WHERE c.user_id = pe.user_id AND c.path_id = pe.path_id) AS certifications
            FROM path_enrolment pe
            JOIN learning_path lp ON lp.id = pe.path_id
            LEFT JOIN partner_current_staff e ON e.user_id = pe.user_id
            LEFT JOIN partner p ON p.id = e.partner_id
            WHERE pe.enrolled_at >= :from AND pe.enrolled_at < :to
              AND (:tier = '' OR p.tier = :tier) AND (:region = '' OR p.region = :region)""")
    List<ProgramRows.Enrolment> enrolments(Instant from, Instant to, String tier, String region);

    /** First certifications only (a renewal is not a new journey), against the enrolment in the same path. */
    @Query("""
            SELECT c.level AS level, TIMESTAMPDIFF(DAY, pe.enrolled_at, c.issued_at) AS days, COUNT(*) AS people
            FROM certification_issued c
            JOIN path_enrolment pe ON pe.user_id = c.user_id AND pe.path_id = c.path_id
            WHERE c.renewal = 0 AND c.issued_at >= pe.enrolled_at
              AND c.issued_at >= :from AND c.issued_at < :to
              AND ((:tier = '' AND :region = '') OR EXISTS (SELECT 1 FROM partner_current_staff e
                   JOIN partner p ON p.id = e.partner_id WHERE e.user_id = c.user_id
                     AND (:tier = '' OR p.tier = :tier) AND (:region = '' OR p.region = :region)))
            GROUP BY c.level, TIMESTAMPDIFF(DAY, pe.enrolled_at, c.issued_at)""")
    List<ProgramRows.Velocity> velocity(Instant from, Instant to, String tier, String region);

    /**
     * Recorded live-session attendance of the current people of the partners shown, in sessions that started in the
     * period, per partner and session: live's rule as its view {@code live_recorded_attendance} defines it (a seat
     * holder whose attendance was recorded either attended or was a no-show). Both live tables of the report sum
     * these rows, so their totals agree; ordered by partner name as the per-partner table shows them.
     */
    @Query("""
            SELECT p.id AS partner_id, p.name AS partner, p.tier AS tier, a.session_id AS session_id,
                   a.session_title AS title, a.starts_at AS starts_at, a.time_zone AS time_zone,
                   SUM(a.attended) AS attended, SUM(a.no_show) AS no_shows
            FROM live_recorded_attendance a
            JOIN partner_current_staff e ON e.user_id = a.user_id
            JOIN partner p ON p.id = e.partner_id
            WHERE a.starts_at >= :from AND a.starts_at < :to
              AND (:tier = '' OR p.tier = :tier) AND (:region = '' OR p.region = :region)
            GROUP BY p.id, p.name, p.tier, a.session_id, a.session_title, a.starts_at, a.time_zone
            ORDER BY p.name, p.id, a.starts_at, a.session_id""")
    List<ProgramRows.LiveSeats> liveAttendance(Instant from, Instant to, String tier, String region);

    @Query("SELECT DISTINCT region FROM partner ORDER BY region")
    List<String> regions();
}
