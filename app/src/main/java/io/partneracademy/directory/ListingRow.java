package io.partneracademy.directory;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A partner company's opt-in to the public directory; see V098. */
@MappedEntity("directory_listing")
record ListingRow(@Id long partnerId, Instant listedAt, long listedBy) {
}
