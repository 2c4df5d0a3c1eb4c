package io.partneracademy.sso;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The back-channel logout tokens already used ({@code sso_logout_token}): their jti, hashed, per provider. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoLogoutTokenRepository extends GenericRepository<SsoProvider, Long> {

    /** Records a token's jti; the primary key refuses one already recorded (a replay), also from another node. */
    @Query("INSERT INTO sso_logout_token (provider_id, jti_hash, expires_at) VALUES (:providerId, :jtiHash, :expiresAt)")
    void use(long providerId, String jtiHash, Instant expiresAt);

    @Query("DELETE FROM sso_logout_token WHERE expires_at < :now")
    int deleteExpired(Instant now);
}
