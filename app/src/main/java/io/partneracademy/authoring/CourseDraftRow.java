package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored draft: the course as JSON and the published version it started from. */
@MappedEntity("course_draft")
record CourseDraftRow(@Id String courseId, @Nullable Integer basedOnVersion, String draftJson, long updatedBy,
                      Instant updatedAt) {
}
