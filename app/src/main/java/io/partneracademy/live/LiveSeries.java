package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A series of sessions planned together (weekly office hours, monthly webinars) and the rule it repeats by, so it
 * can be extended later; each session can still be changed on its own. Series planned before the rule was stored
 * have none ({@link #rule()} is null). A series defined in {@code content/live/} names its file.
 *
 * @param sourceId    the id of the file that defines the series, null when planned in the browser
 * @param sourceHash  SHA-256 of that file's text when it was last imported
 * @param anchorStart wall-clock start of the rule's first occurrence in {@code timeZone}
 */
@MappedEntity("live_series")
record LiveSeries(@Id @GeneratedValue @Nullable Long id, String title, Instant createdAt,
                  @Nullable Recurrence recurrence, @Nullable LocalDateTime anchorStart, @Nullable String timeZone,
                  @Nullable String sourceId, @Nullable String sourceHash) {

    /** A series planned in the browser. */
    static LiveSeries planned(String title, Instant createdAt, Recurrence recurrence, LocalDateTime anchorStart,
                              ZoneId zone) {
        return new LiveSeries(null, title, createdAt, recurrence, anchorStart, zone.getId(), null, null);
    }

    /** The stored rule, or null for a series from before rules were stored. */
    @Nullable
    Rule rule() {
        return recurrence == null || recurrence == Recurrence.NONE || anchorStart == null || timeZone == null ? null
                : new Rule(recurrence, anchorStart, ZoneId.of(timeZone));
    }

    /** The same series repeating by another anchor (after "this and the following sessions" moved it). */
    LiveSeries withAnchor(LocalDateTime start, ZoneId zone) {
        return new LiveSeries(id, title, createdAt, recurrence, start, zone.getId(), sourceId, sourceHash);
    }

    /** The same series repeating by another rule (changed for "this and the following sessions", or worked out). */
    LiveSeries withRule(Rule rule) {
        return new LiveSeries(id, title, createdAt, rule.recurrence(), rule.anchor(), rule.zone().getId(), sourceId,
                sourceHash);
    }

    /** How a series repeats: the recurrence from a first local start in a zone. */
    record Rule(Recurrence recurrence, LocalDateTime anchor, ZoneId zone) {
    }
}
