package io.partneracademy.live;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveSeriesRepository extends CrudRepository<LiveSeries, Long> {

    /** The series a content file defined, by the file's id. */
    Optional<LiveSeries> findBySourceId(String sourceId);

    /** Every series a content file defined (its file may since have gone). */
    @Query("SELECT * FROM live_series WHERE source_id IS NOT NULL ORDER BY id")
    List<LiveSeries> findDefinedByFiles();
}
