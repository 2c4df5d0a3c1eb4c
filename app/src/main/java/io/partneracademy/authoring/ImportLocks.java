package io.partneracademy.authoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Cluster-wide locks for imports: the row is held until the importing transaction ends. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportLocks extends GenericRepository<JobLockRow, String> {

    /** The lock row, or empty when another transaction (on any node) holds it; never waits. */
    @Query("SELECT name FROM job_lock WHERE name = :name FOR UPDATE SKIP LOCKED")
    Optional<JobLockRow> tryLock(String name);
}
