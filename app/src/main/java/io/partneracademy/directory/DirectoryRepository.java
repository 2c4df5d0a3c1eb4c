package io.partneracademy.directory;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The two opt-ins the directory owns: a partner company's listing ({@link ListingRow}) and a person's consent to be
 * named. Everything else a listing shows comes from the features that own it ({@link DirectorySearch}); no query here
 * reads another feature's tables (ArchitectureTest).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DirectoryRepository extends CrudRepository<ListingRow, Long> {

    /** The partners that opted in to be listed. */
    @Query("SELECT partner_id FROM directory_listing")
    List<Long> listedIds();

    /** Those of these people who opted in to be named. */
    @Query("SELECT user_id FROM directory_person WHERE user_id IN (:userIds)")
    List<Long> optedIn(Collection<Long> userIds);

    @Query("SELECT COUNT(*) FROM directory_person WHERE user_id = :userId")
    int countPerson(long userId);

    @Query("INSERT IGNORE INTO directory_person (user_id, opted_in_at) VALUES (:userId, :at)")
    void optIn(long userId, Instant at);

    @Query("DELETE FROM directory_person WHERE user_id = :userId")
    void optOut(long userId);
}
