package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Live-session registrations and attendance for integrations (the JSON API), read-only, oldest change first. */
@Singleton
public class LiveRecords {

    private final RegistrationRepository registrations;

    LiveRecords(RegistrationRepository registrations) {
        this.registrations = registrations;
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
