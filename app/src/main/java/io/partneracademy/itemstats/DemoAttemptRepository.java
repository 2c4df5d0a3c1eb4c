package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** What the demo needs to read of an attempt it just started, and moving a demo attempt into the past. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DemoAttemptRepository extends GenericRepository<DemoAttemptRepository.Drawn, Integer> {

    /** A drawn question's position. */
    @Introspected
    record Drawn(int position, String questionId) {
    }

    @Query("SELECT position, question_id FROM attempt_question WHERE attempt_id = :attemptId ORDER BY position")
    List<Drawn> paper(long attemptId);

    @Query("SELECT exam_version FROM exam_attempt WHERE id = :attemptId")
    int version(long attemptId);

    @Query("SELECT passed FROM exam_attempt WHERE id = :attemptId")
    boolean passed(long attemptId);

    @Query("""
            UPDATE exam_attempt SET started_at = TIMESTAMPADD(DAY, -:days, started_at),
                deadline = TIMESTAMPADD(DAY, -:days, deadline), closed_at = TIMESTAMPADD(DAY, -:days, closed_at)
            WHERE id = :attemptId""")
    void moveBack(long attemptId, int days);

    /** Enrols the attempt's taker in the exam's path some days before the attempt started (the program view's funnel). */
    @Query("""
            INSERT IGNORE INTO path_enrolment (user_id, path_id, enrolled_at)
            SELECT a.user_id, x.path_id, TIMESTAMPADD(DAY, -:days, a.started_at)
            FROM exam_attempt a JOIN exam x ON x.id = a.exam_id WHERE a.id = :attemptId""")
    void enrolBefore(long attemptId, int days);
}
