package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An onboarding plan (see V106): the default plan when {@code partnerId} is null, else one partner's own copy. */
@MappedEntity("onboarding_plan")
record OnboardingPlanRow(@Id @GeneratedValue @Nullable Long id, @Nullable Long partnerId, @Nullable Long updatedBy,
                         Instant updatedAt) {
}
