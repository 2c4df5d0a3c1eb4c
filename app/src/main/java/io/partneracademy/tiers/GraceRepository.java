package io.partneracademy.tiers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.partneracademy.partners.Tier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Partners in their grace period before a downgrade. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GraceRepository extends GenericRepository<GraceRow, Long> {

    Optional<GraceRow> findById(long partnerId);

    List<GraceRow> findAll();

    List<GraceRow> findByPartnerIdIn(List<Long> partnerIds);

    List<GraceRow> saveAll(Iterable<GraceRow> rows);

    @Query("DELETE FROM tier_grace WHERE partner_id IN (:partnerIds)")
    void deleteAll(List<Long> partnerIds);

    @Query("UPDATE tier_grace SET to_tier = :toTier WHERE partner_id = :partnerId")
    void updateToTier(long partnerId, Tier toTier);


    @Query("SELECT partner_id FROM tier_grace WHERE ends_at <= :now ORDER BY partner_id")
    List<Long> findEnded(Instant now);
}
