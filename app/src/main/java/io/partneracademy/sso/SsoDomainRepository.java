package io.partneracademy.sso;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SsoDomainRepository extends CrudRepository<SsoDomain, String> {

    List<SsoDomain> findAllOrderByDomain();

    List<SsoDomain> findByPartnerIdOrderByDomain(long partnerId);
}
