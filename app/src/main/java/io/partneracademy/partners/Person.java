package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.UserSummary;

import java.time.LocalDate;

/** Someone working for a partner today, as the people page shows them. */
public record Person(UserSummary user, @Nullable String jobTitle, LocalDate since) {
}
