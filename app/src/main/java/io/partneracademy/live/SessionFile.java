package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A material or recording uploaded to a session; the bytes are in the file store under {@code storageKey}. */
@MappedEntity("live_session_file")
record SessionFile(@Id @GeneratedValue @Nullable Long id, long sessionId, Kind kind, String storageKey,
                   String fileName, String contentType, long sizeBytes, long uploadedBy, Instant uploadedAt) {

    /** What a file is for: read before or during the session, or watched afterwards. */
    enum Kind { MATERIAL, RECORDING }
}
