package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.ConflictException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A series as a whole: the rule it repeats by (worked out from its sessions for a series planned before rules were
 * stored), and extending it by more sessions from that rule without planning it again. New sessions continue after
 * the series' latest one, at the rule's local time in its zone, and copy the latest session's title, description,
 * course, path, seats, audience, instructors, join link and materials.
 */
@Singleton
class SeriesPlans {

    /** At most this many sessions are added at once (as when planning a series). */
    static final int MAX_ADDED = 52;

    private final LiveSeriesRepository series;
    private final LiveSessionRepository sessions;
    private final java.time.Clock clock;

    SeriesPlans(LiveSeriesRepository series, LiveSessionRepository sessions, java.time.Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * What the team's form shows about the series of a session: its rule and size; null for a one-off session.
     *
     * @param inferred the series was planned before rules were stored, and this rule was worked out from its sessions
     */
    record Summary(@Nullable Recurrence recurrence, @Nullable String anchor, @Nullable String zone, int sessions,
                   boolean extendable, boolean inferred) {
    }

    @Nullable
    Summary summary(long sessionId) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (session.seriesId() == null) {
            return null;
        }
        LiveSeries row = series.findById(session.seriesId()).orElseThrow();
        List<LiveSession> all = sessions.findSeriesFrom(row.id(), Instant.EPOCH);
        LiveSeries.Rule rule = row.rule() != null ? row.rule() : infer(all);
        return rule == null ? new Summary(null, null, null, all.size(), false, false)
                : new Summary(rule.recurrence(), SessionRules.LOCAL.format(rule.anchor()).replace('T', ' '),
                rule.zone().getId(), all.size(), true, row.rule() == null);
    }

    /** The stored rule of the session's series, if it has one (null for a one-off session too). */
    @Nullable
    LiveSeries.Rule rule(long sessionId) {
        return sessions.findById(sessionId).map(LiveSession::seriesId).flatMap(series::findById)
                .map(LiveSeries::rule).orElse(null);
    }

    /**
     * The rule a series planned before rules were stored repeats by, worked out from its sessions: the first
     * session's day at the latest session's time in the first session's zone, repeating by the rule whose dates
     * hold every session's day with the fewest dates left out between the first and the last (every week before
     * every month when equal). Null when fewer than two sessions remain or no rule holds them all (a session moved
     * to another day by hand).
     */
    @Nullable
    static LiveSeries.Rule infer(List<LiveSession> all) {
        List<LiveSession> held = all.stream().filter(s -> !s.cancelled()).toList();
        if (held.size() < 2) {
            return null;
        }
        java.time.ZoneId zone = held.get(0).zone();
        List<java.time.LocalDate> days = held.stream()
                .map(s -> LocalDateTime.ofInstant(s.startsAt(), zone).toLocalDate()).toList();
        LocalDateTime anchor = days.get(0).atTime(LocalDateTime.ofInstant(held.get(held.size() - 1).startsAt(), zone)
                .toLocalTime());
        java.time.LocalDate last = days.get(days.size() - 1);
        LiveSeries.Rule best = null;
        long fewestGaps = Long.MAX_VALUE;
        for (Recurrence recurrence : List.of(Recurrence.WEEKLY, Recurrence.MONTHLY_WEEKDAY, Recurrence.MONTHLY_DAY)) {
            List<java.time.LocalDate> dates = datesUpTo(recurrence, anchor, last);
            if (dates.containsAll(days) && dates.size() - days.size() < fewestGaps) {
                fewestGaps = dates.size() - days.size();
                best = new LiveSeries.Rule(recurrence, anchor, zone);
            }
        }
        return best;
    }

    /** The rule's dates from its anchor up to and including {@code last}. */
    private static List<java.time.LocalDate> datesUpTo(Recurrence recurrence, LocalDateTime anchor,
                                                       java.time.LocalDate last) {
        for (int n = 8; ; n *= 2) {
            List<java.time.LocalDate> dates = recurrence.starts(anchor, n).stream().map(LocalDateTime::toLocalDate)
                    .toList();
            if (dates.get(dates.size() - 1).isAfter(last) || n >= 4096) {
                return dates.stream().filter(d -> !d.isAfter(last)).toList();
            }
        }
    }

    /**
     * Adds {@code count} sessions to the series of the session, continuing its rule; returns the first new session's
     * id. A series planned before rules were stored gets the rule worked out from its sessions ({@link #infer}). Throws
     * {@link ConflictException} for a one-off session or a series whose sessions follow no rule.
     */
    @Transactional
    long extend(long sessionId, int count) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (session.seriesId() == null) {
            throw new ConflictException("live.series.not-a-series");
        }
        LiveSeries row = series.findById(session.seriesId()).orElseThrow();
        List<LiveSession> all = sessions.findSeriesFrom(row.id(), Instant.EPOCH);
        LiveSeries.Rule rule = row.rule();
        if (rule == null) {
            rule = infer(all);
            if (rule == null) {
                throw new ConflictException("live.series.no-rule");
            }
            series.update(row.withRule(rule));
        }
        LiveSession latest = all.get(all.size() - 1);
        Duration length = Duration.between(latest.startsAt(), latest.endsAt());
        List<Long> instructors = sessions.findInstructorIds(latest.id());
        Instant now = clock.instant();
        long first = 0;
        for (LocalDateTime start : next(rule, LocalDateTime.ofInstant(latest.startsAt(), rule.zone()), count)) {
            Instant startsAt = start.atZone(rule.zone()).toInstant();
            LiveSession saved = sessions.save(new LiveSession(null, UUID.randomUUID() + "@partneracademy", row.id(),
                    latest.title(), latest.description(), latest.courseId(), latest.pathId(), startsAt,
                    start.plus(length).atZone(rule.zone()).toInstant(), rule.zone().getId(), latest.capacity(),
                    latest.minTier(), latest.partnerTypes(), latest.regions(), latest.joinUrl(), null,
                    latest.materials(), SessionStatus.SCHEDULED, 0, 0, now, now));
            instructors.forEach(id -> sessions.addInstructor(saved.id(), id));
            first = first == 0 ? saved.id() : first;
        }
        return first;
    }

    /** The rule's next {@code count} local starts on days after {@code after}'s day. */
    static List<LocalDateTime> next(LiveSeries.Rule rule, LocalDateTime after, int count) {
        for (int horizon = count + 8; ; horizon *= 2) {
            List<LocalDateTime> later = rule.recurrence().starts(rule.anchor(), horizon).stream()
                    .filter(s -> s.toLocalDate().isAfter(after.toLocalDate())).limit(count).toList();
            if (later.size() == count) {
                return later;
            }
        }
    }
}
