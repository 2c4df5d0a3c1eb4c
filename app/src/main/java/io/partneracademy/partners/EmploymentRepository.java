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

    List<Employment> findByUserIdOrderByStartedOnDesc(long userId);

    /** The active partner admins among these partners' current staff. */
    @Query("""
            SELECT e.partner_id, e.user_id FROM employment e
            JOIN app_user u ON u.id = e.user_id AND u.active = TRUE
            JOIN user_role r ON r.user_id = e.user_id AND r.role = 'PARTNER_ADMIN'
            WHERE e.partner_id IN (:partnerIds) AND e.ended_on IS NULL
            ORDER BY e.partner_id, e.user_id""")
    List<PartnerUser> findAdmins(List<Long> partnerIds);
}
