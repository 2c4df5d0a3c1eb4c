package io.partneracademy.live;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many sessions to add to a series from its rule. */
@Serdeable
record ExtendForm(@NotNull @Min(1) @Max(SeriesPlans.MAX_ADDED) Integer sessions) {
}
