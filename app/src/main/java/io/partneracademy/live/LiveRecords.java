package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.Partner;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Live sessions, registrations and attendance for integrations (the JSON API), read-only, oldest change first.
 */
@Singleton
public class LiveRecords {

    private final RegistrationRepository registrations;
    private final LiveSessionRepository sessions;

    LiveRecords(RegistrationRepository registrations, LiveSessionRepository sessions) {
        this.registrations = registrations;
        this.sessions = sessions;
    }

    /**
     * A session as integrations see it; never its join link, which is for the people registered.
     *
     * @param changedAt the session's last change: its own (times, audience, cancellation) or of its seat counts
     */
    public record Session(long id, @Nullable Long seriesId, String title, String description, When when,
                          For audience, Seats seats, String status, Instant changedAt) {
    }

    /** When a session runs, and the zone it was planned in. */
    public record When(Instant startsAt, Instant endsAt, String timeZone) {
    }

    /** Whom a session is for: its course or path, and the partners it admits (null or empty: everyone). */
    public record For(@Nullable String courseId, @Nullable String pathId, @Nullable String minTier,
                      List<String> partnerTypes, List<String> regions) {
    }

    /** Seats: capacity, people registered and people waiting for a seat. */
    public record Seats(int capacity, long registered, long waitlisted) {
    }

    /**
     * Sessions open to this partner's people (null: every session) whose last change (their own, or a registration,
     * cancellation or promotion that moved their seat counts) is after (at, afterId), oldest change first, at most
     * {@code limit}. Who a session admits is the live feature's rule ({@link LiveAudience}).
     */
    public List<Session> sessionsChangedAfter(@Nullable Partner partner, Instant at, long afterId, int limit) {
        List<Session> found = new ArrayList<>();
        int batch = Math.max(limit, 50);
        Instant fromAt = at;
        long fromId = afterId;
        while (found.size() < limit) {
            List<LiveSessionRepository.SessionChange> changes = sessions.findChangedAfter(fromAt, fromId, batch);
            Map<Long, LiveSession> byId = new HashMap<>();
            if (!changes.isEmpty()) {
                sessions.findByIdIn(changes.stream().map(LiveSessionRepository.SessionChange::id).toList())
                        .forEach(s -> byId.put(s.id(), s));
            }
            List<LiveSessionRepository.SessionChange> open = changes.stream().filter(c -> byId.containsKey(c.id()))
                    .filter(c -> partner == null || admits(byId.get(c.id()), partner)).toList();
            Map<Long, Map<String, Long>> counts = counts(open.stream().map(c -> byId.get(c.id())).toList());
            open.stream().limit(limit - found.size()).forEach(c -> found.add(session(byId.get(c.id()),
                    counts.getOrDefault(c.id(), Map.of()), c.changedAt())));
            if (changes.size() < batch) {
                break;
            }
            fromAt = changes.get(changes.size() - 1).changedAt();
            fromId = changes.get(changes.size() - 1).id();
        }
        return found;
    }

    private static boolean admits(LiveSession s, Partner partner) {
        return LiveAudience.fromColumns(s.minTier(), s.partnerTypes(), s.regions()).admits(Optional.of(partner));
    }

    private Map<Long, Map<String, Long>> counts(List<LiveSession> open) {
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        registrations.countByStatus(open.stream().map(LiveSession::id).toList()).forEach(c ->
                counts.computeIfAbsent(c.sessionId(), id -> new HashMap<>()).put(c.status(), c.people()));
        return counts;
    }

    private static Session session(LiveSession s, Map<String, Long> counts, Instant changedAt) {
        return new Session(s.id(), s.seriesId(), s.title(), s.description(),
                new When(s.startsAt(), s.endsAt(), s.timeZone()),
                new For(s.courseId(), s.pathId(), s.minTier(), split(s.partnerTypes()), split(s.regions())),
                new Seats(s.capacity(), counts.getOrDefault(RegistrationStatus.REGISTERED.name(), 0L),
                        counts.getOrDefault(RegistrationStatus.WAITLISTED.name(), 0L)),
                s.status().name(), changedAt);
    }

    private static List<String> split(@Nullable String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
    }

    /**
     * A person's seat at a session and whether they attended.
     *
     * @param attended        null until attendance is recorded
     * @param attendedMinutes from an imported meeting report; null when marked by hand
     */
    public record Seat(long registrationId, long sessionId, String sessionTitle, @Nullable String courseId,
                       @Nullable String pathId, Instant startsAt, Instant endsAt, SessionStatus sessionStatus,
                       long userId, RegistrationStatus status, @Nullable Boolean attended, @Nullable Integer attendedMinutes,
                       Instant changedAt) {
    }

    /** Seats of these people (null: everyone's) changed after (at, afterId), at most {@code limit}. */
    public List<Seat> changedAfter(@Nullable Collection<Long> userIds, Instant at, long afterId, int limit) {
        if (userIds != null && userIds.isEmpty()) {
            return List.of();
        }
        return registrations.findChanged(userIds == null, userIds == null ? List.of(0L) : userIds, at, afterId, limit)
                .stream()
                .map(r -> new Seat(r.registrationId(), r.sessionId(), r.sessionTitle(), r.courseId(), r.pathId(),
                        r.startsAt(), r.endsAt(), r.sessionStatus(), r.userId(), r.status(), r.attended(),
                        r.attendedMinutes(), r.changedAt()))
                .toList();
    }
}
