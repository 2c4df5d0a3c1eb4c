package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
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
 * first date) cancels exactly that session and everyone registered is told, unless the file moved it to another day
 * of the same week or month (see {@link #movedTo}). Sessions that already started are history and stay as they were,
 * except that the file's {@code recording} for their date is set (and the people registered told of a first one). A
 * recording link set in the browser stays through file changes unless the file names another for that date. A
 * series whose file is gone from the imported tree is retired ({@link #retireMissing}).
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
        List<LiveSession> unlisted = new ArrayList<>();
        for (LiveSession session : sessions.findSeriesFrom(existing.id(), Instant.EPOCH)) {
            if (session.cancelled()) {
                continue;
            }
            String key = keyOf(session, keys.get(session.id()));
            LocalDateTime start = wanted.remove(key);
            String recording = spec.content().recordings().get(key);
            if (!session.startsAt().isAfter(now)) {
                if (recording != null && !recording.equals(session.recordingUrl())) {
                    planner.recordingFromFile(session.id(), recording);
                }
                continue;
            }
            if (start != null) {
                planner.updateOne(courseIds, session.id(), form(spec, start,
                        recording != null ? recording : session.recordingUrl()));
            } else {
                unlisted.add(session);
            }
        }
        for (LiveSession session : unlisted) {
            String movedTo = movedTo(session, wanted, schedule, now);
            if (movedTo == null) {
                planner.cancel(session.id());
            } else {
                String recording = spec.content().recordings().get(movedTo);
                planner.updateOne(courseIds, session.id(), form(spec, wanted.remove(movedTo),
                        recording != null ? recording : session.recordingUrl()));
                sessions.setSourceKey(session.id(), movedTo);
            }
        }
        wanted.forEach((key, start) -> create(existing.id(), key, spec, start, courseIds));
        series.update(new LiveSeries(existing.id(), spec.content().title(), existing.createdAt(), schedule.repeat(),
                schedule.start(), schedule.zone().getId(), spec.id(), spec.fingerprint()));
        return Outcome.CHANGED;
    }

    /**
     * Retires the series whose file the imported tree no longer holds (deleted, or its id renamed, which makes a new
     * series under the new id): each of its sessions still to come is cancelled, so everyone registered or waiting is
     * told and their calendars get the cancellation (same UID, higher SEQUENCE); sessions that already started stay
     * as history. The series forgets its file's fingerprint, so a file that comes back under the old id plans its
     * dates again. A series already retired is left alone.
     *
     * @param fileIds the ids of every live file of the imported tree
     * @return how many sessions were cancelled
     */
    @Transactional
    public int retireMissing(Set<String> fileIds) {
        Instant now = clock.instant();
        int cancelled = 0;
        for (LiveSeries gone : series.findDefinedByFiles()) {
            if (fileIds.contains(gone.sourceId()) || gone.sourceHash() == null) {
                continue;
            }
            for (LiveSession session : sessions.findSeriesFrom(gone.id(), now)) {
                if (!session.cancelled() && session.startsAt().isAfter(now)) {
                    planner.cancel(session.id());
                    cancelled++;
                }
            }
            series.update(new LiveSeries(gone.id(), gone.title(), gone.createdAt(), gone.recurrence(),
                    gone.anchorStart(), gone.timeZone(), gone.sourceId(), null));
        }
        return cancelled;
    }

    /**
     * The new date a session the file no longer lists has moved to: the one date the file adds in the same period of
     * its rule (the same week for a weekly series, the same month for a monthly one, any date for a single session),
     * when the session is the only one of that period the file dropped. A series moved from Thursdays to Wednesdays
     * thus keeps each session with its seats, registrations and calendar entry (updated, not cancelled and offered
     * again); a dropped date with no new one beside it is cancelled, as a {@code skip} is.
     */
    private static @Nullable String movedTo(LiveSession session, Map<String, LocalDateTime> added,
                                            SessionSpec.Schedule schedule, Instant now) {
        String period = period(schedule.repeat(), LocalDate.ofInstant(session.startsAt(), session.zone()));
        List<String> candidates = added.entrySet().stream()
                .filter(e -> period(schedule.repeat(), e.getValue().toLocalDate()).equals(period))
                .filter(e -> e.getValue().atZone(schedule.zone()).toInstant().isAfter(now))
                .map(Map.Entry::getKey).toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static String period(Recurrence repeat, LocalDate date) {
        return switch (repeat) {
            case NONE -> "";
            case WEEKLY -> date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY_DAY, MONTHLY_WEEKDAY -> YearMonth.from(date).toString();
        };
    }

    private void create(long seriesId, String key, SessionSpec spec, LocalDateTime start, Set<String> courseIds) {
        long id = planner.createInSeries(seriesId, form(spec, start, spec.content().recordings().get(key)), courseIds);
        sessions.setSourceKey(id, key);
    }

    /** The stored key, or for a session made before keys were stored, its local start date (its rule date then). */
    private static String keyOf(LiveSession session, @Nullable String stored) {
        return stored != null ? stored : LocalDate.ofInstant(session.startsAt(), session.zone()).toString();
    }

    /**
     * The file as the team's form would hold it for one occurrence, with the recording link the session is to keep:
     * the file's for its date, otherwise the one it has (set in the browser), which a file change must not clear.
     */
    private static SessionForm form(SessionSpec spec, LocalDateTime start, @Nullable String recordingUrl) {
        SessionSpec.Content c = spec.content();
        SessionSpec.Attendees a = spec.attendees();
        return new SessionForm(c.title(), c.description(), c.courseId(), c.pathId(), SessionRules.LOCAL.format(start),
                SessionRules.LOCAL.format(start.plusMinutes(spec.schedule().minutes())), spec.schedule().zone().getId(),
                a.seats(), a.minTier() == null ? null : a.minTier().name(), List.copyOf(a.partnerTypes()),
                String.join(", ", a.regions()), String.join(", ", a.instructors()), c.joinUrl(), recordingUrl,
                c.materials(), 1, null, null);
    }
}
