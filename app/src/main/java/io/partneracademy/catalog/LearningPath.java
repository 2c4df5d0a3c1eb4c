package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored certification path. */
@MappedEntity("learning_path")
record LearningPath(@Id String id, String title, Level level, String description, @Nullable String prerequisiteId,
                    @Nullable String examId, int validityMonths, String contentHash, Instant updatedAt) {
}
