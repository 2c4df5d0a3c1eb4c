package io.partneracademy.live;

import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Publishes sessions defined in {@code content/live/} (authoring reads and checks the files): each file is one
 * series, found again by the file's id. An unchanged file (same fingerprint) changes nothing, so a browser edit of its
 * sessions stays until the file itself changes. A changed file changes every session of the series that has not
 * started yet, in order: the people registered are told and their calendars update as for a browser edit; more
 * sessions in the file are added, fewer cancel the surplus (everyone registered is told). Sessions that already
 * started are history and stay as they were.
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
        List<LocalDateTime> starts = schedule.repeat().starts(schedule.start(), schedule.count());
        Set<String> courseIds = spec.content().courseId() == null ? Set.of() : Set.of(spec.content().courseId());
        LiveSeries existing = series.findBySourceId(spec.id()).orElse(null);
        if (existing != null && spec.fingerprint().equals(existing.sourceHash())) {
            return Outcome.UNCHANGED;
        }
        if (existing == null) {
            LiveSeries row = series.save(new LiveSeries(null, spec.content().title(), clock.instant(),
                    schedule.repeat(), schedule.start(), schedule.zone().getId(), spec.id(), spec.fingerprint()));
            starts.forEach(start -> planner.createInSeries(row.id(), form(spec, start), courseIds));
            return Outcome.CREATED;
        }
        List<LiveSession> current = sessions.findSeriesFrom(existing.id(), Instant.EPOCH).stream()
                .filter(s -> !s.cancelled()).toList();
        Instant now = clock.instant();
        for (int i = 0; i < Math.max(current.size(), starts.size()); i++) {
            LiveSession session = i < current.size() ? current.get(i) : null;
            if (session != null && !session.startsAt().isAfter(now)) {
                continue;
            }
            if (session == null) {
                planner.createInSeries(existing.id(), form(spec, starts.get(i)), courseIds);
            } else if (i < starts.size()) {
                planner.updateOne(courseIds, session.id(), form(spec, starts.get(i)));
            } else {
                planner.cancel(session.id());
            }
        }
        series.update(new LiveSeries(existing.id(), spec.content().title(), existing.createdAt(), schedule.repeat(),
                schedule.start(), schedule.zone().getId(), spec.id(), spec.fingerprint()));
        return Outcome.CHANGED;
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
