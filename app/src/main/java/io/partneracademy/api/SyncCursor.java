package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a sync stopped: the change time and id of the last item seen. Opaque to clients (base64url), so its
 * form may change; {@code updated_since} starts a sync at a time instead.
 */
record SyncCursor(Instant at, long id) {

    static final SyncCursor START = new SyncCursor(Instant.EPOCH, 0);

    String encode() {
        String plain = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor to continue from: the given cursor, else just before {@code updatedSince}, else the start. */
    static SyncCursor from(@Nullable String cursor, @Nullable String updatedSince) {
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.");
                return new SyncCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        Long.parseLong(parts[2]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new ApiBadRequestException("api.bad-cursor");
            }
        }
        if (updatedSince != null && !updatedSince.isBlank()) {
            return new SyncCursor(updatedSince(updatedSince), 0);
        }
        return START;
    }

    /** Parses an ISO-8601 instant such as {@code 2026-12-01T00:00:00Z}; a 400 naming the parameter otherwise. */
    static Instant updatedSince(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiBadRequestException("api.bad-updated-since", value);
        }
    }
}
