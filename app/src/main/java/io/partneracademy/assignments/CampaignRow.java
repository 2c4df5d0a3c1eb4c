package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** The renewals assigned from one tier forecast (see V084). */
@MappedEntity("assignment_campaign")
record CampaignRow(@Id @GeneratedValue @Nullable Long id, long partnerId, LocalDate dueOn, String fallsTo,
                   long createdBy, Instant createdAt) {
}
