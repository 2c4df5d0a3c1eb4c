package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Tier data, and the read-only counts tiers need from certification and employment records (aggregated in SQL:
 * a partner's certified people are counted by the database, not loaded), read through the owners' views
 * {@code certification_active} and {@code partner_current_staff} (ADR 0053).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TierRepository extends CrudRepository<AssessmentRow, Long> {

    @Query("SELECT * FROM tier_policy ORDER BY min_certified")
    List<TierPolicy> findPolicies();

    @Query("""
            UPDATE tier_policy SET min_certified = :minCertified, min_practitioners = :minPractitioners,
                   min_architects = :minArchitects, min_specializations = :minSpecializations, min_arr = :minArr,
                   min_referrals = :minReferrals, updated_at = :at, updated_by = :by
            WHERE tier = :tier""")
    void updatePolicy(String tier, int minCertified, int minPractitioners, int minArchitects, int minSpecializations,
                      BigDecimal minArr, int minReferrals, Instant at, long by);

    /** The newest ARR and referral record, or nothing: [arr, referrals]. */
    @Query("SELECT arr, referrals, as_of FROM partner_metrics WHERE partner_id = :partnerId ORDER BY as_of DESC, id DESC LIMIT 1")
    Optional<MetricsRow> findLatestMetrics(long partnerId);

    @Query("""
            INSERT INTO partner_metrics (partner_id, arr, referrals, as_of, recorded_by, recorded_at)
            VALUES (:partnerId, :arr, :referrals, :asOf, :by, :at)""")
    void addMetrics(long partnerId, BigDecimal arr, int referrals, LocalDate asOf, long by, Instant at);

    /** Figures brought over as history: recorded by nobody on this platform. */
    @Query("""
            INSERT INTO partner_metrics (partner_id, arr, referrals, as_of, recorded_by, recorded_at)
            VALUES (:partnerId, :arr, :referrals, :asOf, NULL, :at)""")
    void addImportedMetrics(long partnerId, BigDecimal arr, int referrals, LocalDate asOf, Instant at);

    /**
     * Current staff with an active certification, each once at their highest level: [certified, practitioners+,
     * architects]. A specialization counts its holder as certified, at no level.
     */
    @Query("""
            SELECT COUNT(*) AS certified,
                   COALESCE(SUM(CASE WHEN x.top >= 2 THEN 1 ELSE 0 END), 0) AS practitioners,
                   COALESCE(SUM(CASE WHEN x.top = 3 THEN 1 ELSE 0 END), 0) AS architects
            FROM (SELECT c.user_id,
                         MAX(CASE c.level WHEN 'ARCHITECT' THEN 3 WHEN 'PRACTITIONER' THEN 2 ELSE 1 END) AS top
                  FROM partner_current_staff e
                  JOIN certification_active c ON c.user_id = e.user_id
                  WHERE e.partner_id = :partnerId AND c.expires_at > :now
                  GROUP BY c.user_id) x""")
    CountsRow countCertified(long partnerId, Instant now);

    /** How many distinct specializations the partner's current staff hold (active). */
    @Query("""
            SELECT COUNT(DISTINCT c.path_id)
            FROM partner_current_staff e JOIN certification_active c ON c.user_id = e.user_id
            WHERE e.partner_id = :partnerId AND c.level = 'SPECIALIZATION' AND c.expires_at > :now""")
    int countSpecializations(long partnerId, Instant now);

    /** {@link #countSpecializations} for every partner that has one: [partner id, specializations]. */
    @Query("""
            SELECT e.partner_id, COUNT(DISTINCT c.path_id) AS specializations
            FROM partner_current_staff e JOIN certification_active c ON c.user_id = e.user_id
            WHERE c.level = 'SPECIALIZATION' AND c.expires_at > :now
            GROUP BY e.partner_id""")
    List<SpecializationsRow> countSpecializationsAll(Instant now);


    /** {@link #countCertified} for every partner with at least one certified person, in one pass. */
    @Query("""
            SELECT x.partner_id, COUNT(*) AS certified,
                   SUM(CASE WHEN x.top >= 2 THEN 1 ELSE 0 END) AS practitioners,
                   SUM(CASE WHEN x.top = 3 THEN 1 ELSE 0 END) AS architects
            FROM (SELECT e.partner_id, c.user_id,
                         MAX(CASE c.level WHEN 'ARCHITECT' THEN 3 WHEN 'PRACTITIONER' THEN 2 ELSE 1 END) AS top
                  FROM partner_current_staff e
                  JOIN certification_active c ON c.user_id = e.user_id
                  WHERE c.expires_at > :now
                  GROUP BY e.partner_id, c.user_id) x
            GROUP BY x.partner_id""")
    List<PartnerCountsRow> countCertifiedAll(Instant now);

    /** The newest ARR and referral record of every partner that has one. */
    @Query("""
            SELECT partner_id, arr, referrals FROM (
                SELECT partner_id, arr, referrals,
                       ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY as_of DESC, id DESC) AS newest
                FROM partner_metrics) m
            WHERE newest = 1""")
    List<PartnerMetricsRow> findLatestMetricsAll();

    @Query("SELECT * FROM tier_assessment WHERE valid_to IS NULL")
    List<AssessmentRow> findAllOpen();

    @Query("SELECT * FROM tier_assessment WHERE partner_id IN (:ids) AND valid_to IS NULL")
    List<AssessmentRow> findOpenIn(List<Long> ids);

    @Query("UPDATE tier_assessment SET valid_to = :at WHERE id IN (:ids) AND valid_to IS NULL")
    void closeAll(List<Long> ids, Instant at);

    @Query("SELECT id FROM partner WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> lockPartners(List<Long> ids);


    @Query("SELECT * FROM tier_assessment WHERE partner_id = :partnerId AND valid_to IS NULL")
    Optional<AssessmentRow> findOpen(long partnerId);

    @Query("""
            SELECT * FROM tier_assessment WHERE partner_id = :partnerId AND valid_from <= :at
              AND (valid_to IS NULL OR valid_to > :at)""")
    Optional<AssessmentRow> findAsOf(long partnerId, Instant at);

    /**
     * Gives an assessment stored before V135 what its explanation is written from, when the same thresholds write
     * exactly its stored English text (so they are the ones it was written from).
     */
    @Query("""
            UPDATE tier_assessment SET words_kept = TRUE, next_tier = :nextTier, next_min_certified = :minCertified,
                   next_min_practitioners = :minPractitioners, next_min_architects = :minArchitects,
                   next_min_specializations = :minSpecializations, next_min_arr = :minArr,
                   next_min_referrals = :minReferrals
            WHERE id = :id AND words_kept = FALSE AND explanation = :explanation""")
    void keepWords(long id, String explanation, @Nullable String nextTier, @Nullable Integer minCertified,
                   @Nullable Integer minPractitioners, @Nullable Integer minArchitects,
                   @Nullable Integer minSpecializations, @Nullable BigDecimal minArr, @Nullable Integer minReferrals);

    @Query("SELECT * FROM tier_assessment WHERE partner_id = :partnerId ORDER BY valid_from DESC, id DESC LIMIT 50")
    List<AssessmentRow> findHistory(long partnerId);


    @Query("SELECT id FROM partner WHERE id = :partnerId FOR UPDATE")
    Optional<Long> lockPartner(long partnerId);

    @Query("SELECT partner_id FROM partner_current_staff WHERE user_id = :userId")
    Optional<Long> findCurrentEmployer(long userId);

    /** Active certifications held by the current staff of these partners, soonest expiry first. */
    @Query("""
            SELECT e.partner_id, c.user_id, u.display_name, c.path_id, c.level, c.expires_at
            FROM partner_current_staff e JOIN certification_active c ON c.user_id = e.user_id
                 JOIN app_user u ON u.id = c.user_id
            WHERE e.partner_id IN (:partnerIds) AND c.expires_at > :now
            ORDER BY c.expires_at""")
    List<HeldRow> findHeld(List<Long> partnerIds, Instant now);

    /** Active certifications of these partners' current staff that expire in (now, until], soonest first. */
    @Query("""
            SELECT e.partner_id, p.name AS partner_name, c.user_id, u.display_name, c.path_id, c.path_title,
                   c.expires_at
            FROM partner_current_staff e JOIN partner p ON p.id = e.partner_id
                 JOIN certification_active c ON c.user_id = e.user_id JOIN app_user u ON u.id = c.user_id
            WHERE e.partner_id IN (:partnerIds) AND c.expires_at > :now AND c.expires_at <= :until
            ORDER BY c.expires_at, c.id
            LIMIT :limit""")
    List<ExpiringRow> findExpiring(List<Long> partnerIds, Instant now, Instant until, int limit);

    @Query("""
            SELECT COUNT(*) FROM partner_current_staff e JOIN certification_active c ON c.user_id = e.user_id
            WHERE e.partner_id IN (:partnerIds) AND c.expires_at > :now AND c.expires_at <= :until""")
    int countExpiring(List<Long> partnerIds, Instant now, Instant until);

    /** As {@link #findExpiring} over every partner: an admin's view, without a list of thousands of ids. */
    @Query("""
            SELECT e.partner_id, p.name AS partner_name, c.user_id, u.display_name, c.path_id, c.path_title,
                   c.expires_at
            FROM certification_active c JOIN partner_current_staff e ON e.user_id = c.user_id
                 JOIN partner p ON p.id = e.partner_id JOIN app_user u ON u.id = c.user_id
            WHERE c.expires_at > :now AND c.expires_at <= :until
            ORDER BY c.expires_at, c.id
            LIMIT :limit""")
    List<ExpiringRow> findExpiringAnywhere(Instant now, Instant until, int limit);

    @Query("""
            SELECT COUNT(*) FROM certification_active c JOIN partner_current_staff e ON e.user_id = c.user_id
            WHERE c.expires_at > :now AND c.expires_at <= :until""")
    int countExpiringAnywhere(Instant now, Instant until);
}
