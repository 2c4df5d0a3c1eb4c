package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** What tells the index whether a resource changed. */
@Introspected
record StampRow(String id, int currentVersion, Instant updatedAt) {
}
