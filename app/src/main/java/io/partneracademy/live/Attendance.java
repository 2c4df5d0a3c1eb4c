package io.partneracademy.live;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.RequirementCompleted;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who attended a session, marked by its instructors in bulk or imported from the meeting tool's participant report.
 * Attending a session of a course completes the path requirement "attend a live session of that course": the event
 * is published inside the transaction that recorded it, so certification issues exactly when the attendance exists.
 */
@Singleton
public class Attendance {

    private final RegistrationRepository registrations;
    private final SessionAccess access;
    private final Users users;
    private final ApplicationEventPublisher<RequirementCompleted> events;
    private final Clock clock;
    private final Outbox outbox;
    private final LiveSessionRepository sessions;

    Attendance(RegistrationRepository registrations, SessionAccess access, Users users,
               ApplicationEventPublisher<RequirementCompleted> events, Clock clock, Outbox outbox,
               LiveSessionRepository sessions) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** One person on the roster. */
    record RosterRow(long userId, String name, String email, RegistrationStatus status, Boolean attended,
                     Integer minutes) {
    }

    /** The roster: people with a seat first (in the order they registered), then the waitlist. */
    List<RosterRow> roster(CurrentUser user, long sessionId) {
        access.managed(user, sessionId);
        List<RosterRow> rows = new ArrayList<>();
        for (RegistrationStatus status : List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)) {
            for (Registration r : registrations.findInLine(sessionId, status)) {
                UserSummary person = users.get(r.userId());
                rows.add(new RosterRow(r.userId(), person.displayName(), person.email(), r.status(), r.attended(),
                        r.attendedMinutes()));
            }
        }
        return rows;
    }

    /** Marks everyone with a seat: present if in {@code present}, else a no-show. */
    @Transactional
    public void mark(CurrentUser user, long sessionId, Collection<Long> present) {
        LiveSession session = started(user, sessionId);
        Set<Long> here = Set.copyOf(present);
        Instant now = clock.instant();
        for (Registration r : registrations.findInLine(sessionId, RegistrationStatus.REGISTERED)) {
            record(session, r, here.contains(r.userId()), null, now);
        }
    }

    /** What an import found: problems by line, and what would be (or was) recorded. */
    record ImportOutcome(List<ParticipantReport.Problem> problems, int attended, int belowMinimum, int noShows,
                         boolean recorded) {
    }

    /**
     * Imports a participant report. With problems (unreadable lines, people not registered) nothing is recorded
     * unless {@code confirmed}; then the lines that matched are recorded and the rest stays as it was listed.
     */
    @Transactional
    public ImportOutcome importReport(CurrentUser user, long sessionId, byte[] file, int minimumMinutes,
                                      boolean confirmed) {
        LiveSession session = started(user, sessionId);
        ParticipantReport.Result report = ParticipantReport.read(file);
        List<ParticipantReport.Problem> problems = new ArrayList<>(report.problems());
        Map<String, Registration> seated = new HashMap<>();
        for (Registration r : registrations.findInLine(sessionId, RegistrationStatus.REGISTERED)) {
            seated.put(users.get(r.userId()).email().toLowerCase(Locale.ROOT), r);
        }
        for (ParticipantReport.Row row : report.minutes().values()) {
            if (!seated.containsKey(row.email())) {
                problems.add(new ParticipantReport.Problem(row.line(), row.email() + " is not registered for this session"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ParticipantReport.Problem::line));
        int attended = 0;
        int below = 0;
        for (ParticipantReport.Row row : report.minutes().values()) {
            if (seated.containsKey(row.email())) {
                if (row.minutes() >= minimumMinutes) {
                    attended++;
                } else {
                    below++;
                }
            }
        }
        int noShows = (int) seated.keySet().stream().filter(e -> !report.minutes().containsKey(e)).count();
        boolean unreadable = report.minutes().isEmpty() && !report.problems().isEmpty();
        if (unreadable || (!problems.isEmpty() && !confirmed)) {
            return new ImportOutcome(problems, attended, below, noShows, false);
        }
        Instant now = clock.instant();
        for (Map.Entry<String, Registration> seat : seated.entrySet()) {
            ParticipantReport.Row row = report.minutes().get(seat.getKey());
            int minutes = row == null ? 0 : row.minutes();
            record(session, seat.getValue(), minutes >= minimumMinutes, minutes, now);
        }
        return new ImportOutcome(problems, attended, below, noShows, true);
    }

    /**
     * Attendance at a session that was over before anyone registered here (history moved from an older tool, or the
     * demo's past sessions): a seat taken at {@code registeredAt} and the minutes attended, recorded as at the
     * session's end the way a participant report would be, so the path requirement and the webhook follow as usual.
     * Someone already on the session's roster is left as they are.
     */
    @Transactional
    public void importHistory(long sessionId, long userId, Instant registeredAt, int minutes, int minimumMinutes) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (session.endsAt().isAfter(clock.instant())) {
            throw new IllegalArgumentException("session " + sessionId + " has not ended; its attendance is recorded, "
                    + "not imported");
        }
        if (minutes < 0 || registeredAt.isAfter(session.startsAt())) {
            throw new IllegalArgumentException("attendance history of session " + sessionId + " needs minutes >= 0 "
                    + "and a registration before the start, got " + minutes + " and " + registeredAt);
        }
        if (registrations.findBySessionIdAndUserId(sessionId, userId).isPresent()) {
            return;
        }
        sessions.advanceSeq(sessionId);
        Registration seat = registrations.save(new Registration(null, sessionId, userId, RegistrationStatus.REGISTERED,
                sessions.currentSeq(sessionId), registeredAt, registeredAt, null, null, null, null, null, 0));
        record(session, seat, minutes >= minimumMinutes, minutes, session.endsAt());
    }

    /** The outbox event for a recorded or changed attendance (integrations hear it as a webhook). */
    public static final String ATTENDANCE_RECORDED = "live.attendance";

    private void record(LiveSession session, Registration r, boolean present, Integer minutes, Instant now) {
        registrations.markAttendance(r.id(), present, minutes, now);
        if (!Boolean.valueOf(present).equals(r.attended()) || !java.util.Objects.equals(minutes, r.attendedMinutes())) {
            Map<String, Object> payload = new HashMap<>();
            payload.put("sessionId", session.id());
            payload.put("sessionTitle", session.title());
            payload.put("courseId", session.courseId());
            payload.put("startsAt", session.startsAt().toString());
            payload.put("userId", r.userId());
            payload.put("attended", present);
            payload.put("attendedMinutes", minutes);
            outbox.add(ATTENDANCE_RECORDED, String.valueOf(r.id()), payload);
        }
        if (present && session.courseId() != null && !Boolean.TRUE.equals(r.attended())) {
            events.publishEvent(new RequirementCompleted(r.userId(), RequirementKind.LIVE, session.courseId()));
            events.publishEvent(new RequirementCompleted(r.userId(), RequirementKind.LIVE_OR_REPLAY,
                    session.courseId()));
        }
    }

    private LiveSession started(CurrentUser user, long sessionId) {
        LiveSession session = access.managed(user, sessionId);
        if (clock.instant().isBefore(session.startsAt())) {
            throw new RegistrationClosedException("live.attendance.not-started");
        }
        return session;
    }
}
