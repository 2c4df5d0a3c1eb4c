package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.ZoneId;

/** A scheduled live session as stored: when (instants plus the zone it was planned in), for whom, where to join. */
@MappedEntity("live_session")
record LiveSession(@Id @GeneratedValue @Nullable Long id,
                   String uid,
                   @Nullable Long seriesId,
                   String title,
                   String description,
                   @Nullable String courseId,
                   @Nullable String pathId,
                   Instant startsAt,
                   Instant endsAt,
                   String timeZone,
                   int capacity,
                   @Nullable String minTier,
                   @Nullable String partnerTypes,
                   @Nullable String regions,
                   String joinUrl,
                   @Nullable String recordingUrl,
                   @Nullable String materials,
                   SessionStatus status,
                   int sequence,
                   long registrationSeq,
                   Instant createdAt,
                   Instant updatedAt) {

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    LiveAudience audience() {
        return LiveAudience.fromColumns(minTier, partnerTypes, regions);
    }
}
