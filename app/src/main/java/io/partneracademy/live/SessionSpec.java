package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A session or a series as written in {@code content/live/<id>.yaml}, already checked by the reader (authoring's
 * {@code LiveReader}): what it is, when it repeats and who may come.
 *
 * @param id          the file's id; the series keeps it, so a re-import finds the sessions it made
 * @param fingerprint SHA-256 of the file's text: an unchanged file re-imports as a no-op
 */
public record SessionSpec(String id, String fingerprint, Content content, Schedule schedule, Attendees attendees) {

    /** What learners read and where they join. */
    public record Content(String title, String description, @Nullable String courseId, @Nullable String pathId,
                          String joinUrl, @Nullable String materials) {
    }

    /** The first start (wall-clock time in {@code zone}), the length, and how often it repeats. */
    public record Schedule(ZoneId zone, LocalDateTime start, int minutes, Recurrence repeat, int count) {
    }

    /** Seats, the audience (as the catalog's, plus regions) and the instructors by email. */
    public record Attendees(int seats, @Nullable Tier minTier, Set<PartnerType> partnerTypes, Set<String> regions,
                            List<String> instructors) {
    }
}
