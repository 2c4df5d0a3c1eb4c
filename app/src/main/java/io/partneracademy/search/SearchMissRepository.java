package io.partneracademy.search;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SearchMissRepository extends GenericRepository<SearchMiss, String> {

    @Query("""
            INSERT INTO search_miss (query_text, times, first_seen_at, last_seen_at) VALUES (:query, 1, :at, :at)
            ON DUPLICATE KEY UPDATE times = times + 1, last_seen_at = :at""")
    void record(String query, Instant at);

    @Query("SELECT * FROM search_miss ORDER BY times DESC, last_seen_at DESC LIMIT :limit")
    List<SearchMiss> findTop(int limit);
}
