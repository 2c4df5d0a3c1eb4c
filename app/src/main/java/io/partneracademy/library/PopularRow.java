package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;

/** A line of the "most downloaded" list. */
@Introspected
record PopularRow(String id, String title, String type, long downloads) {
}
