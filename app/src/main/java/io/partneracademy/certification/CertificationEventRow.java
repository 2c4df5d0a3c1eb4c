package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One entry of a certification's history. */
@MappedEntity("certification_event")
record CertificationEventRow(@Id @GeneratedValue @Nullable Long id, long certificationId, String type, Instant at,
                             @Nullable Long actorId, @Nullable String detail) {
}
