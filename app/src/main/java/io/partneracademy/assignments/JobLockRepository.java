package io.partneracademy.assignments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The assignment jobs' locks (V123): one row per job, held for a run's transaction, with the sweep's place. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface JobLockRepository extends GenericRepository<JobLockRow, String> {

    String SWEEP = "completion-sweep";
    String RULES = "rules";

    /** The job's place when this run now holds its lock; empty when a run on another node holds it. */
    @Query("SELECT after_id FROM assignment_job_lock WHERE name = :name FOR UPDATE SKIP LOCKED")
    List<Long> claim(String name);

    @Query("UPDATE assignment_job_lock SET after_id = :afterId WHERE name = :name")
    void moveTo(String name, long afterId);
}
