package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Something that can be assigned, as the assign form lists it.
 *
 * @param minutes     how long its lessons take, as authored; 0 when unknown (lab tracks, live sessions)
 * @param firstChance the first day the work can be done, when that is not today (a live session's end)
 */
public record Work(WorkKind kind, String id, String title, int minutes, @Nullable LocalDate firstChance) {

    /** Work that can be started today. */
    public Work(WorkKind kind, String id, String title, int minutes) {
        this(kind, id, title, minutes, null);
    }

    /** The form value: {@code PATH:foundation}. */
    public String value() {
        return kind + ":" + id;
    }

    /** Where the learner starts this work. */
    public String link() {
        return link(kind, id);
    }

    static String link(WorkKind kind, String id) {
        return switch (kind) {
            case PATH -> "/paths/" + id;
            case COURSE -> "/courses/" + id;
            case LAB -> "/labs/" + id;
            case LIVE -> "/live";
        };
    }
}
