package io.partneracademy.partners;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmploymentRepository extends CrudRepository<Employment, Long> {

    Optional<Employment> findByUserIdAndEndedOnIsNull(long userId);

    List<Employment> findByPartnerIdAndEndedOnIsNull(long partnerId);

    List<Employment> findByPartnerIdInAndEndedOnIsNull(java.util.Collection<Long> partnerIds);

    List<Employment> findByUserIdInAndEndedOnIsNull(java.util.Collection<Long> userIds);

    List<Employment> findByUserIdOrderByStartedOnDesc(long userId);

    /** The active partner admins among these partners' current staff. */
    @Query("""
            SELECT e.partner_id, e.user_id FROM partner_current_staff e
            JOIN app_user u ON u.id = e.user_id AND u.active = TRUE
            JOIN user_role r ON r.user_id = e.user_id AND r.role = 'PARTNER_ADMIN'
            WHERE e.partner_id IN (:partnerIds)
            ORDER BY e.partner_id, e.user_id""")
    List<PartnerUser> findAdmins(List<Long> partnerIds);

    /**
     * The partner's employments changed after (at, afterId) in (change time, id) order: current ones only, or
     * ended ones too. The change time is the later of the account's and the employment's.
     */
    @Query("""
            SELECT e.id AS employment_id, e.user_id, u.display_name, u.email, u.active,
                   u.password_hash IS NULL AS invitation_pending, e.job_title, e.started_on, e.ended_on,
                   GREATEST(u.updated_at, e.updated_at) AS changed_at
            FROM employment e JOIN app_user u ON u.id = e.user_id
            WHERE e.partner_id = :partnerId AND (:includeEnded = TRUE OR e.ended_on IS NULL)
              AND (GREATEST(u.updated_at, e.updated_at) > :at
                   OR GREATEST(u.updated_at, e.updated_at) = :at AND e.id > :afterId)
            ORDER BY changed_at, e.id
            LIMIT :limit""")
    List<StaffChangeRow> findChanged(long partnerId, boolean includeEnded, java.time.Instant at, long afterId, int limit);

    /**
     * One page of current employees after {@code afterUserId} in user id order, of the listed partners (every partner
     * when {@code everyPartner}), whose job title contains {@code title} (anyone when null).
     */
    @Query("""
            SELECT partner_id, user_id FROM partner_current_staff
            WHERE user_id > :afterUserId
              AND (:everyPartner = TRUE OR partner_id IN (:partnerIds))
              AND (:title IS NULL OR LOWER(COALESCE(job_title, '')) LIKE CONCAT('%', LOWER(:title), '%'))
            ORDER BY user_id
            LIMIT :limit""")
    List<PartnerUser> findCurrent(boolean everyPartner, java.util.Collection<Long> partnerIds,
                                  @io.micronaut.core.annotation.Nullable String title, long afterUserId, int limit);

    /** The people whose current employment began or changed after the moment. */
    @Query("SELECT user_id FROM employment WHERE updated_at > :at AND ended_on IS NULL ORDER BY user_id")
    List<Long> findCurrentChangedAfter(java.time.Instant at);
}
