package io.partneracademy.library;

import io.micronaut.core.annotation.Introspected;

/** A line of the "most downloaded" list, its title in the resource's {@code language}. */
@Introspected
record PopularRow(String id, String title, String type, String language, long downloads) {
}
