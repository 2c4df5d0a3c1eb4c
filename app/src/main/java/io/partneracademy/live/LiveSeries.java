package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A weekly series of sessions created together (office hours); each session can still be changed on its own. */
@MappedEntity("live_series")
record LiveSeries(@Id @GeneratedValue @Nullable Long id, String title, Instant createdAt) {
}
