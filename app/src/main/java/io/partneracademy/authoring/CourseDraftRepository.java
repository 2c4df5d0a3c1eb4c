package io.partneracademy.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CourseDraftRepository extends CrudRepository<CourseDraftRow, String> {

    List<CourseDraftRow> findAllOrderByUpdatedAtDesc();

    List<CourseDraftRow> findByUpdatedByOrderByUpdatedAtDesc(long updatedBy);
}
