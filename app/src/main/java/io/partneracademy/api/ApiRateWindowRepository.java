package io.partneracademy.api;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The shared request counters of the API rate limit ({@code api_rate_window}, ADR 0045). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiRateWindowRepository extends GenericRepository<ApiTokenRow, Long> {

    /** Counts one request of the token in the window: one atomic statement, whichever node runs it first. */
    @Query("""
            INSERT INTO api_rate_window (token_id, window_start, requests) VALUES (:tokenId, :windowStart, 1)
            ON DUPLICATE KEY UPDATE requests = requests + 1""")
    void count(long tokenId, Instant windowStart);

    /** The token's requests in the window so far, read in the counting transaction (which holds the row's lock). */
    @Query("SELECT requests FROM api_rate_window WHERE token_id = :tokenId AND window_start = :windowStart")
    int requests(long tokenId, Instant windowStart);

    @Query("DELETE FROM api_rate_window WHERE window_start < :before")
    int deleteBefore(Instant before);
}
