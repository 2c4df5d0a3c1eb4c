package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A certification path as authored: what it requires and how long its certification lasts. */
public record PathSpec(String id, String title, Level level, String description, @Nullable String prerequisite,
                       List<String> courses, List<String> labs, @Nullable String exam, int validityMonths,
                       List<String> liveSessions, List<String> liveOrRecording) {

    public PathSpec {
        courses = List.copyOf(courses);
        labs = List.copyOf(labs);
        liveSessions = List.copyOf(liveSessions);
        liveOrRecording = List.copyOf(liveOrRecording);
    }

    /** A path whose live-session requirements all need attendance (a recording does not count). */
    public PathSpec(String id, String title, Level level, String description, @Nullable String prerequisite,
                    List<String> courses, List<String> labs, @Nullable String exam, int validityMonths,
                    List<String> liveSessions) {
        this(id, title, level, description, prerequisite, courses, labs, exam, validityMonths, liveSessions,
                List.of());
    }

    /** A path without live-session requirements. */
    public PathSpec(String id, String title, Level level, String description, @Nullable String prerequisite,
                    List<String> courses, List<String> labs, @Nullable String exam, int validityMonths) {
        this(id, title, level, description, prerequisite, courses, labs, exam, validityMonths, List.of(), List.of());
    }
}
