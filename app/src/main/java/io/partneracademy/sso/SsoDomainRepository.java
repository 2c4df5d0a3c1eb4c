package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoDomainRepository extends CrudRepository<SsoDomain, String> {

    List<SsoDomain> findAllOrderByDomain();

    List<SsoDomain> findByPartnerIdOrderByDomain(long partnerId);

    /** Sends a domain's people to a provider of its company (null: to the password sign-in). */
    @Query("UPDATE sso_domain SET provider_id = :providerId WHERE domain = :domain")
    int route(String domain, @Nullable Long providerId);

    /** Takes a provider's domains of other companies from it (the provider was moved to another company). */
    @Query("UPDATE sso_domain SET provider_id = NULL WHERE provider_id = :providerId AND partner_id <> :partnerId")
    int unrouteOtherCompanies(long providerId, long partnerId);
}
