package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** One line of a person's employment history. */
public record EmploymentPeriod(long partnerId, String partnerName, @Nullable String jobTitle,
                               LocalDate startedOn, @Nullable LocalDate endedOn) {
}
