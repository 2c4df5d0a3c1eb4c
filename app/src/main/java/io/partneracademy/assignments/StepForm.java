package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The add-a-step form of an onboarding plan: the week it is due in, {@code KIND:id} work, optional job title words. */
@Serdeable
record StepForm(@Nullable String week, @Nullable String work, @Nullable String jobTitle) {

    static StepForm empty() {
        return new StepForm("1", "", "");
    }

    /** The week as a number, or null when it is not one. */
    @Nullable
    Integer weekNumber() {
        try {
            return week == null ? null : Integer.valueOf(week.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
