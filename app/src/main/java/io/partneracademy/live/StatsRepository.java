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

    @Query("""
            SELECT user_id, SUM(CASE WHEN attended THEN 1 ELSE 0 END) AS attended,
                   SUM(CASE WHEN attended THEN 0 ELSE 1 END) AS no_shows
            FROM live_registration
            WHERE user_id IN (:userIds) AND status = 'REGISTERED' AND attended IS NOT NULL
            GROUP BY user_id""")
    List<Counts> countsFor(Collection<Long> userIds);
}
