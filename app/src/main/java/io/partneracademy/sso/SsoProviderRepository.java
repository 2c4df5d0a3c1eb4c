package io.partneracademy.sso;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoProviderRepository extends CrudRepository<SsoProvider, Long> {

    /** A company's providers, oldest first. */
    List<SsoProvider> findByPartnerIdOrderById(long partnerId);

    /** The providers at one issuer: several companies may use one (Google), each with its own client id. */
    List<SsoProvider> findByIssuer(String issuer);

    List<SsoProvider> findAllOrderById();
}
