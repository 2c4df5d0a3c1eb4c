package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;

/** A stored file to send. */
@Introspected
record FileRow(String fileName, String contentType, byte[] bytes) {
}
