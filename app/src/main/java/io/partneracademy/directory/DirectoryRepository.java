package io.partneracademy.directory;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/**
 * The opt-ins the directory owns, and read-only counts over partners, employment and certifications, aggregated in
 * SQL at request time so the tier and the counts a visitor sees are live (as the tier counts in tiers are read).
 * "Certified" means what it means everywhere: an ACTIVE certification not yet past its expiry, held by a person
 * currently employed by the partner.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DirectoryRepository extends CrudRepository<ListingRow, Long> {

    /**
     * Listed partners matching the search (a name fragment, LIKE-escaped by the caller; empty for all) and filters
     * (empty for any), Platinum first, then by name; at most {@code limit}.
     */
    @Query("""
            SELECT p.id, p.name, p.tier, p.type, p.region
            FROM directory_listing d JOIN partner p ON p.id = d.partner_id
            WHERE (:name = '' OR p.name LIKE CONCAT('%', :name, '%'))
              AND (:tier = '' OR p.tier = :tier)
              AND (:type = '' OR p.type = :type)
              AND (:region = '' OR p.region = :region)
              AND (:specialization = '' OR EXISTS (
                   SELECT 1 FROM employment e JOIN certification c ON c.user_id = e.user_id
                   WHERE e.partner_id = p.id AND e.ended_on IS NULL AND c.path_id = :specialization
                     AND c.level = 'SPECIALIZATION' AND c.status = 'ACTIVE' AND c.expires_at > :now))
            ORDER BY CASE p.tier WHEN 'PLATINUM' THEN 0 WHEN 'GOLD' THEN 1 WHEN 'SILVER' THEN 2 ELSE 3 END, p.name
            LIMIT :limit""")
    List<DirectoryRows.Company> search(String name, String tier, String type, String region, String specialization,
                                       Instant now, int limit);

    @Query("""
            SELECT e.partner_id, c.level, COUNT(DISTINCT c.user_id) AS people
            FROM employment e JOIN certification c ON c.user_id = e.user_id
            WHERE e.partner_id IN (:partnerIds) AND e.ended_on IS NULL AND c.status = 'ACTIVE' AND c.expires_at > :now
            GROUP BY e.partner_id, c.level""")
    List<DirectoryRows.LevelCount> countByLevel(List<Long> partnerIds, Instant now);

    @Query("""
            SELECT DISTINCT e.partner_id, c.path_id, c.path_title
            FROM employment e JOIN certification c ON c.user_id = e.user_id
            WHERE e.partner_id IN (:partnerIds) AND e.ended_on IS NULL AND c.level = 'SPECIALIZATION'
              AND c.status = 'ACTIVE' AND c.expires_at > :now
            ORDER BY c.path_title""")
    List<DirectoryRows.Specialization> specializations(List<Long> partnerIds, Instant now);

    /** Only people who opted in (directory_person) appear here; nobody else is ever named. */
    @Query("""
            SELECT e.partner_id, u.id AS user_id, u.display_name, c.path_title, c.credential_id
            FROM directory_person dp
                 JOIN employment e ON e.user_id = dp.user_id AND e.ended_on IS NULL
                 JOIN app_user u ON u.id = dp.user_id
                 JOIN certification c ON c.user_id = dp.user_id AND c.status = 'ACTIVE' AND c.expires_at > :now
            WHERE e.partner_id IN (:partnerIds)
            ORDER BY u.display_name, u.id, c.issued_at""")
    List<DirectoryRows.Named> named(List<Long> partnerIds, Instant now);

    @Query("SELECT DISTINCT p.region FROM directory_listing d JOIN partner p ON p.id = d.partner_id ORDER BY p.region")
    List<String> regions();

    @Query("SELECT id, title FROM learning_path WHERE level = 'SPECIALIZATION' ORDER BY title")
    List<DirectoryRows.SpecializationPath> specializationPaths();

    @Query("SELECT COUNT(*) FROM directory_person WHERE user_id = :userId")
    int countPerson(long userId);

    @Query("INSERT IGNORE INTO directory_person (user_id, opted_in_at) VALUES (:userId, :at)")
    void optIn(long userId, Instant at);

    @Query("DELETE FROM directory_person WHERE user_id = :userId")
    void optOut(long userId);
}
