package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiTokenRepository extends GenericRepository<ApiTokenRow, Long> {

    ApiTokenRow save(ApiTokenRow token);

    Optional<ApiTokenRow> findById(long id);

    Optional<ApiTokenRow> findByTokenHash(String tokenHash);

    @Query("SELECT * FROM api_token ORDER BY created_at DESC, id DESC")
    List<ApiTokenRow> listAll();

    @Query("SELECT * FROM api_token WHERE partner_id = :partnerId ORDER BY created_at DESC, id DESC")
    List<ApiTokenRow> listForPartner(long partnerId);

    @Query("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant at);

    /** Written at most once a minute per token, so a busy integration does not turn every read into a write. */
    @Query("""
            UPDATE api_token SET last_used_at = :at
            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :staleBefore)""")
    void touch(long id, Instant at, @Nullable Instant staleBefore);
}
