package io.partneracademy.partners;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnerRepository extends CrudRepository<Partner, Long> {

    List<Partner> findAllOrderByName();

    List<Partner> findByIdIn(java.util.Collection<Long> ids);

    boolean existsByNameAndIdNotEqual(String name, Long id);

    boolean existsByName(String name);

    @Query("""
            SELECT p.* FROM partner p
            JOIN partner_manager_assignment a ON a.partner_id = p.id
            WHERE a.manager_user_id = :managerId
            ORDER BY p.name""")
    List<Partner> findPortfolio(long managerId);

    @Query("UPDATE partner SET tier = :tier, updated_at = :at WHERE id IN (:ids)")
    void updateTier(List<Long> ids, String tier, java.time.Instant at);

    /** Partners changed after (at, afterId) in (updated_at, id) order, one page of them. */
    @Query("""
            SELECT * FROM partner
            WHERE updated_at > :at OR updated_at = :at AND id > :afterId
            ORDER BY updated_at, id
            LIMIT :limit""")
    List<Partner> findChangedAfter(java.time.Instant at, long afterId, int limit);

    /** The ids of every partner of the tier. */
    @Query("SELECT id FROM partner WHERE tier = :tier ORDER BY id")
    List<Long> findIdsOfTier(String tier);

    /** The ids of partners changed (a new tier, another name) after the moment. */
    @Query("SELECT id FROM partner WHERE updated_at > :at ORDER BY id")
    List<Long> findIdsChangedAfter(java.time.Instant at);
}
