package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes sessions defined in {@code content/live/} (authoring reads and checks the files): each file is one
 * series, found again by the file's id, and each session is one occurrence of the file's rule, found again by its
 * date ({@link SessionSpec.Schedule#occurrences()}). An unchanged file (same fingerprint) changes nothing, so a browser
 * edit of its sessions stays until the file itself changes. A changed file changes every session of the series that
 * has not started yet and whose date it still lists: the people registered are told and their calendars update as for
 * a browser edit; a date it adds is a new session, a date it no longer lists (a {@code skip}, fewer sessions, another
 * first date) cancels exactly that session and everyone registered is told. Sessions that already started are history
 * and stay as they were.
 */
@Singleton
public class SessionFiles {

    /** What publishing one file did. */
    public enum Outcome { CREATED, CHANGED, UNCHANGED }

    private final LiveSeriesRepository series;
    private final LiveSessionRepository sessions;
    private final LiveSessions planner;
    private final Users users;
    private final Clock clock;

    SessionFiles(LiveSeriesRepository series, LiveSessionRepository sessions, LiveSessions planner, Users users,
                 Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.planner = planner;
        this.users = users;
        this.clock = clock;
    }

    /** The instructor emails of the spec that belong to nobody on the platform, in the file's order. */
    public List<String> unknownInstructors(SessionSpec spec) {
        return spec.attendees().instructors().stream().filter(e -> users.findByEmail(e).isEmpty()).toList();
    }

    /** Publishes the file's series in the caller's transaction (check {@link #unknownInstructors} first). */
    @Transactional
    public Outcome publish(SessionSpec spec) {
        SessionSpec.Schedule schedule = spec.schedule();
        Set<String> courseIds = spec.content().courseId() == null ? Set.of() : Set.of(spec.content().courseId());
        LiveSeries existing = series.findBySourceId(spec.id()).orElse(null);
        if (existing != null && spec.fingerprint().equals(existing.sourceHash())) {
            return Outcome.UNCHANGED;
        }
        Map<String, LocalDateTime> wanted = new LinkedHashMap<>(schedule.occurrences());
        if (existing == null) {
            LiveSeries row = series.save(new LiveSeries(null, spec.content().title(), clock.instant(),
                    schedule.repeat(), schedule.start(), schedule.zone().getId(), spec.id(), spec.fingerprint()));
            wanted.forEach((key, start) -> create(row.id(), key, spec, start, courseIds));
            return Outcome.CREATED;
        }
        Map<Long, String> keys = new HashMap<>();
        sessions.findSourceKeys(existing.id()).forEach(k -> keys.put(k.id(), k.sourceKey()));
        Instant now = clock.instant();
        for (LiveSession session : sessions.findSeriesFrom(existing.id(), Instant.EPOCH)) {
            if (session.cancelled()) {
                continue;
            }
            String key = keyOf(session, keys.get(session.id()));
            LocalDateTime start = wanted.remove(key);
            if (!session.startsAt().isAfter(now)) {
                continue;
            }
            if (start != null) {
                planner.updateOne(courseIds, session.id(), form(spec, start));
            } else {
                planner.cancel(session.id());
            }
        }
        wanted.forEach((key, start) -> create(existing.id(), key, spec, start, courseIds));
        series.update(new LiveSeries(existing.id(), spec.content().title(), existing.createdAt(), schedule.repeat(),
                schedule.start(), schedule.zone().getId(), spec.id(), spec.fingerprint()));
        return Outcome.CHANGED;
    }

    private void create(long seriesId, String key, SessionSpec spec, LocalDateTime start, Set<String> courseIds) {
        long id = planner.createInSeries(seriesId, form(spec, start), courseIds);
        sessions.setSourceKey(id, key);
    }

    /** The stored key, or for a session made before keys were stored, its local start date (its rule date then). */
    private static String keyOf(LiveSession session, @Nullable String stored) {
        return stored != null ? stored : LocalDate.ofInstant(session.startsAt(), session.zone()).toString();
    }

    /** The file as the team's form would hold it for one occurrence. */
    private static SessionForm form(SessionSpec spec, LocalDateTime start) {
        SessionSpec.Content c = spec.content();
        SessionSpec.Attendees a = spec.attendees();
        return new SessionForm(c.title(), c.description(), c.courseId(), c.pathId(), SessionRules.LOCAL.format(start),
                SessionRules.LOCAL.format(start.plusMinutes(spec.schedule().minutes())), spec.schedule().zone().getId(),
                a.seats(), a.minTier() == null ? null : a.minTier().name(), List.copyOf(a.partnerTypes()),
                String.join(", ", a.regions()), String.join(", ", a.instructors()), c.joinUrl(), null,
                c.materials(), 1, null, null);
    }
}
