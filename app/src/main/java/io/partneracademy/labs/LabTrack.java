package io.partneracademy.labs;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A lab track and the number of its published version that learners see. */
@MappedEntity("lab_track")
record LabTrack(@Id String id, int currentVersion, Instant createdAt, Instant updatedAt) {
}
