package io.partneracademy.partners;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmploymentRepository extends CrudRepository<Employment, Long> {

    Optional<Employment> findByUserIdAndEndedOnIsNull(long userId);

    List<Employment> findByPartnerIdAndEndedOnIsNull(long partnerId);

    List<Employment> findByUserIdOrderByStartedOnDesc(long userId);
}
