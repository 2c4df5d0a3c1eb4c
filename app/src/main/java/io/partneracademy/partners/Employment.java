package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A dated period of a person working for a partner; the open one is their current employer. */
@MappedEntity("employment")
record Employment(@Id @GeneratedValue @Nullable Long id,
                  long userId,
                  long partnerId,
                  @Nullable String jobTitle,
                  LocalDate startedOn,
                  @Nullable LocalDate endedOn,
                  Instant updatedAt) {

    Employment endedOn(LocalDate date, Instant now) {
        return new Employment(id, userId, partnerId, jobTitle, startedOn, date, now);
    }

    Employment withJobTitle(@Nullable String title, Instant now) {
        return new Employment(id, userId, partnerId, title, startedOn, endedOn, now);
    }
}
