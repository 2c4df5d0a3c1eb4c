package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One step of an onboarding plan: the work, due {@code week} weeks after the person joined; only for people whose job
 * title contains {@code jobTitle} when it is set. {@code titleKey} (V124) names the message that shows the title in the
 * reader's language (the default plan's seeded steps); {@code title} is the catalog's title, the fallback.
 */
@MappedEntity("onboarding_step")
record OnboardingStepRow(@Id @GeneratedValue @Nullable Long id, long planId, int week, WorkKind kind, String refId,
                         String title, @Nullable String jobTitle, @Nullable String titleKey) {

    /** Whether the step is for a person with this job title. */
    boolean appliesTo(@Nullable String personJobTitle) {
        return jobTitle == null || personJobTitle != null
                && personJobTitle.toLowerCase(java.util.Locale.ROOT).contains(jobTitle.toLowerCase(java.util.Locale.ROOT));
    }
}
