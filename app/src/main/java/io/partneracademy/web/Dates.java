package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show a moment: in UTC, to the minute, the same for everyone. */
public final class Dates {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static String utc(@Nullable Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
