package io.partneracademy.partners;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ManagerAssignmentRepository extends GenericRepository<Partner, Long> {

    @Query("SELECT COUNT(*) > 0 FROM partner_manager_assignment WHERE partner_id = :partnerId AND manager_user_id = :managerId")
    boolean isAssigned(long partnerId, long managerId);

    @Query("SELECT manager_user_id FROM partner_manager_assignment WHERE partner_id = :partnerId")
    List<Long> findManagerIds(long partnerId);

    @Query("SELECT partner_id, manager_user_id AS user_id FROM partner_manager_assignment WHERE partner_id IN (:partnerIds)")
    List<PartnerUser> findManagers(List<Long> partnerIds);

    @Query("INSERT INTO partner_manager_assignment (partner_id, manager_user_id, assigned_at) VALUES (:partnerId, :managerId, :at)")
    void assign(long partnerId, long managerId, Instant at);

    @Query("DELETE FROM partner_manager_assignment WHERE partner_id = :partnerId AND manager_user_id = :managerId")
    void unassign(long partnerId, long managerId);
}
