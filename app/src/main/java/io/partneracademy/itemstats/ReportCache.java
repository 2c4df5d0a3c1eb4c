package io.partneracademy.itemstats;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each computed report for {@code partneracademy.itemstats.cache-for}; pages show when it was computed and
 * offer a recompute. The cache is derived data per node: losing it costs one computation (seconds for an exam
 * with two million answers), never information.
 */
@Singleton
class ReportCache {

    private final ItemStatistics statistics;
    private final ItemStatsSettings settings;
    private final Clock clock;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();

    ReportCache(ItemStatistics statistics, ItemStatsSettings settings, Clock clock) {
        this.statistics = statistics;
        this.settings = settings;
        this.clock = clock;
    }

    /** The cached report while fresh, otherwise a newly computed one; one computation per key at a time. */
    Report get(String examId, int version, boolean allAttempts) {
        return reports.compute(key(examId, version, allAttempts), (k, cached) ->
                cached != null && !clock.instant().isAfter(cached.computedAt().plus(settings.cacheFor())) ? cached
                        : statistics.compute(examId, version, allAttempts));
    }

    /** Computes the report now, whatever is cached. */
    Report refresh(String examId, int version, boolean allAttempts) {
        return reports.compute(key(examId, version, allAttempts),
                (k, cached) -> statistics.compute(examId, version, allAttempts));
    }

    private static String key(String examId, int version, boolean allAttempts) {
        return examId + "@" + version + (allAttempts ? ":all" : ":first");
    }
}
