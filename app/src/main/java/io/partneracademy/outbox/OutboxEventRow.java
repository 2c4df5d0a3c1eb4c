package io.partneracademy.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("outbox_event")
record OutboxEventRow(@Id @GeneratedValue @Nullable Long id, String type, String aggregateId, String payload,
                      Instant createdAt, @Nullable Instant processedAt) {
}
