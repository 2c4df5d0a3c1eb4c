package io.partneracademy.assignments;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Assignment settings.
 *
 * @param reminderDays         how many days before the due date the learner is reminded
 * @param learningMinutesPerDay how much authored learning time a person can be expected to do per day; a due date
 *                              sooner than the work's minutes allow is refused
 * @param confirmAbove          a new rule that would assign more people than this at once asks to confirm the count
 * @param newHireDays           someone whose employment started more than this many days back is not a new hire, so
 *                              the onboarding plan does not apply itself to them (a roster of long-time staff)
 * @param sweepBatch            how many open assignments one run of the completion sweep checks; the next run goes on
 *                              after the last one checked, and starts again from the first after the end
 */
@ConfigurationProperties("partneracademy.assignments")
record AssignmentSettings(@Bindable(defaultValue = "7") int reminderDays,
                          @Bindable(defaultValue = "240") int learningMinutesPerDay,
                          @Bindable(defaultValue = "1000") int confirmAbove,
                          @Bindable(defaultValue = "30") int newHireDays,
                          @Bindable(defaultValue = "500") int sweepBatch) {
}
