package io.partneracademy.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginFailureRepository extends CrudRepository<LoginFailure, Long> {

    long countByEmailAndFailedAtGreaterThan(String email, Instant since);

    long countByRemoteAddressAndFailedAtGreaterThan(String remoteAddress, Instant since);

    @Query("SELECT MIN(failed_at) FROM login_failure WHERE email = :email AND failed_at > :since")
    Optional<Instant> findOldestSince(String email, Instant since);

    @Query("DELETE FROM login_failure WHERE email = :email")
    void deleteByEmail(String email);

    @Query("DELETE FROM login_failure WHERE failed_at < :before")
    void deleteOlderThan(Instant before);
}
