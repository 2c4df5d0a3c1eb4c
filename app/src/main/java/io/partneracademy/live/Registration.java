package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One person's registration for one session, with their attendance once it is known. */
@MappedEntity("live_registration")
record Registration(@Id @GeneratedValue @Nullable Long id,
                    long sessionId,
                    long userId,
                    RegistrationStatus status,
                    long seq,
                    Instant registeredAt,
                    Instant changedAt,
                    @Nullable Boolean attended,
                    @Nullable Integer attendedMinutes,
                    @Nullable Instant attendanceAt,
                    @Nullable Instant remindedDayAt,
                    @Nullable Instant remindedHourAt,
                    int inviteSeq) {
}
