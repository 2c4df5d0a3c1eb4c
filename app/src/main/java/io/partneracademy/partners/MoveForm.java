package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An admin's form to record that a person now works for another partner. */
@Serdeable
record MoveForm(@NotNull Long partnerId, @NotNull LocalDate startedOn, @Nullable @Size(max = 120) String jobTitle) {
}
