package io.partneracademy.exams;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An exam and the version new attempts use. */
@MappedEntity("exam")
record Exam(@Id String id, String pathId, int currentVersion, Instant createdAt, Instant updatedAt) {
}
