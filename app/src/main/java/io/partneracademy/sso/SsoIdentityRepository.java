package io.partneracademy.sso;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoIdentityRepository extends CrudRepository<SsoIdentity, Long> {

    Optional<SsoIdentity> findByProviderIdAndSubject(long providerId, String subject);

    /** Forgets every account linked at a provider (its issuer changed). */
    void deleteByProviderId(long providerId);

    @Query("UPDATE sso_identity SET last_sign_in_at = :now WHERE id = :id")
    int touch(long id, Instant now);
}
