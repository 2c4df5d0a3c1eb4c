package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One published version of a course, without its lessons; {@code quizPassMark} as in {@link CourseSpec}. */
@Introspected
record CourseVersionRow(String courseId, int version, String contentHash, String title, String summary,
                        String language, @Nullable String minTier, @Nullable String partnerTypes, String source,
                        Instant publishedAt, @Nullable Long publishedBy, @Nullable Integer quizPassMark) {

    Audience audience() {
        return Audience.fromColumns(minTier, partnerTypes);
    }
}
