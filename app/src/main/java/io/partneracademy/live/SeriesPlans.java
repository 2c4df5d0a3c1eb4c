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
 * A series as a whole: the rule it repeats by, and extending it by more sessions from that rule without planning it
 * again. New sessions continue after the series' latest one, at the rule's local time in its zone, and copy the
 * latest session's title, description, course, path, seats, audience, instructors, join link and materials.
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

    /** What the team's form shows about the series of a session: its rule and size; null for a one-off session. */
    record Summary(@Nullable Recurrence recurrence, @Nullable String anchor, @Nullable String zone, int sessions,
                   boolean extendable) {
    }

    @Nullable
    Summary summary(long sessionId) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (session.seriesId() == null) {
            return null;
        }
        LiveSeries row = series.findById(session.seriesId()).orElseThrow();
        int count = sessions.findSeriesFrom(row.id(), Instant.EPOCH).size();
        LiveSeries.Rule rule = row.rule();
        return rule == null ? new Summary(null, null, null, count, false)
                : new Summary(rule.recurrence(), SessionRules.LOCAL.format(rule.anchor()).replace('T', ' '),
                rule.zone().getId(), count, true);
    }

    /**
     * Adds {@code count} sessions to the series of the session, continuing its rule; returns the first new session's
     * id. Throws {@link ConflictException} for a one-off session or a series planned before rules were stored.
     */
    @Transactional
    long extend(long sessionId, int count) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (session.seriesId() == null) {
            throw new ConflictException("live.series.not-a-series");
        }
        LiveSeries row = series.findById(session.seriesId()).orElseThrow();
        LiveSeries.Rule rule = row.rule();
        if (rule == null) {
            throw new ConflictException("live.series.no-rule");
        }
        List<LiveSession> all = sessions.findSeriesFrom(row.id(), Instant.EPOCH);
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
