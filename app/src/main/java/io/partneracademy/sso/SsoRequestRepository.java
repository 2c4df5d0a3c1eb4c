package io.partneracademy.sso;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoRequestRepository extends CrudRepository<SsoRequest, String> {

    /** Takes a request out; 1 for exactly one caller however many arrive with the same state. */
    @Query("DELETE FROM sso_request WHERE state_hash = :stateHash")
    int take(String stateHash);

    @Query("DELETE FROM sso_request WHERE expires_at < :now")
    int deleteExpired(Instant now);
}
