package io.partneracademy.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StatsRepository extends GenericRepository<Registration, Long> {

    /** Recorded attendance of one person: sessions attended and sessions missed with a seat. */
    @Introspected
    record Counts(long userId, long attended, long noShows) {
    }

    /** Read from the view that defines recorded attendance (V135), which the program report reads too. */
    @Query("""
            SELECT user_id, SUM(attended) AS attended, SUM(no_show) AS no_shows
            FROM live_recorded_attendance
            WHERE user_id IN (:userIds)
            GROUP BY user_id""")
    List<Counts> countsFor(Collection<Long> userIds);
}
