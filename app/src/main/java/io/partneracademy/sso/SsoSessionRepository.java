package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoSessionRepository extends CrudRepository<SsoSession, String> {

    /** The sessions a provider opened under its session id, and for this subject when one is given. */
    @Query("SELECT session_hash FROM sso_session WHERE provider_id = :providerId AND sid = :sid"
            + " AND (:subject IS NULL OR subject = :subject)")
    List<String> findHashesBySid(long providerId, String sid, @Nullable String subject);

    /** Every session a provider opened for one of its subjects. */
    @Query("SELECT session_hash FROM sso_session WHERE provider_id = :providerId AND subject = :subject")
    List<String> findHashesBySubject(long providerId, String subject);
}
