package io.partneracademy.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A registration with its session, as the attendance feed reads it in one query. */
@Introspected
record SeatRow(long registrationId, long sessionId, String sessionTitle, @Nullable String courseId,
               @Nullable String pathId, Instant startsAt, Instant endsAt, SessionStatus sessionStatus,
               long userId, RegistrationStatus status, @Nullable Boolean attended, @Nullable Integer attendedMinutes, Instant changedAt) {
}
