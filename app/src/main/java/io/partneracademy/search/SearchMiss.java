package io.partneracademy.search;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A query that found nothing, how often it was asked and when last. */
@MappedEntity("search_miss")
public record SearchMiss(@Id String queryText, int times, Instant firstSeenAt, Instant lastSeenAt) {
}
