package io.partneracademy.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A course and the number of its published version that learners see. */
@MappedEntity("course")
record Course(@Id String id, int currentVersion, Instant createdAt, Instant updatedAt) {
}
