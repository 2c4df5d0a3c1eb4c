package io.partneracademy.exams;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccommodationRepository extends CrudRepository<AccommodationRow, Long> {

    Optional<AccommodationRow> findFirstByUserIdOrderByGrantedAtDesc(long userId);

    List<AccommodationRow> findByUserIdOrderByGrantedAtDesc(long userId);
}
