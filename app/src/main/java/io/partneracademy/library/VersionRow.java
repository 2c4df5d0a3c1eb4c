package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** One stored file of a resource, without its bytes. */
@Introspected
record VersionRow(int version, String fileName, String contentType, long sizeBytes, String sha256,
                  Instant uploadedAt) {
}
