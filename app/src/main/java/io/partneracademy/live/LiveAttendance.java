package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recorded live-session attendance for other features' pages (the tiers team page): per person and in total, with
 * the attendance and no-show rates. Only sessions whose attendance was recorded count; a seat holder either attended
 * or was a no-show. The caller has already checked that the viewer may see these people.
 */
@Singleton
public class LiveAttendance {

    private final StatsRepository stats;

    LiveAttendance(StatsRepository stats) {
        this.stats = stats;
    }

    /** Sessions attended and missed with a seat; rates in whole percent, null when nothing was recorded. */
    public record Rates(int attended, int noShows) {

        public boolean recorded() {
            return attended + noShows > 0;
        }

        @Nullable
        public Integer attendanceRate() {
            return recorded() ? Math.round(100f * attended / (attended + noShows)) : null;
        }

        @Nullable
        public Integer noShowRate() {
            return recorded() ? 100 - attendanceRate() : null;
        }
    }

    /** A team: each person's rates (in the order given; nobody left out) and the team's total. */
    public record Team(Rates total, Map<Long, Rates> people) {
    }

    public Team team(Collection<Long> userIds) {
        Map<Long, Rates> people = new LinkedHashMap<>();
        userIds.forEach(id -> people.put(id, new Rates(0, 0)));
        if (!userIds.isEmpty()) {
            stats.countsFor(userIds).forEach(c -> people.put(c.userId(), new Rates((int) c.attended(),
                    (int) c.noShows())));
        }
        return new Team(new Rates(people.values().stream().mapToInt(Rates::attended).sum(),
                people.values().stream().mapToInt(Rates::noShows).sum()), people);
    }
}
