package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A certification path as authored: what it requires and how long its certification lasts. */
public record PathSpec(String id, String title, Level level, String description, @Nullable String prerequisite,
                       List<String> courses, List<String> labs, @Nullable String exam, int validityMonths) {

    public PathSpec {
        courses = List.copyOf(courses);
        labs = List.copyOf(labs);
    }
}
