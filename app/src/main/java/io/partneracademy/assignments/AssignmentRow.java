package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of work assigned to one person; open while {@code completedAt} is null (see V085; {@code ruleId} V088);
 * {@code onboardingWeek} is set when an onboarding plan made it, and then {@code assignedBy} may be empty (V107);
 * a rule reaches a person once per {@code ruleRound} (V118); {@code withdrawnAt} is set when its onboarding step was
 * removed, which ends it without it being done (V119).
 */
@MappedEntity("assignment")
record AssignmentRow(@Id @GeneratedValue @Nullable Long id, long partnerId, long userId, WorkKind kind, String refId,
                     String title, LocalDate dueOn, @Nullable String note, @Nullable Long assignedBy,
                     @Nullable Long campaignId,
                     Instant createdAt, @Nullable Instant completedAt, @Nullable Instant remindedAt,
                     @Nullable Instant overdueNotifiedAt, @Nullable String openKey,
                     @Nullable Long ruleId, @Nullable Integer onboardingWeek, String ruleRound,
                     @Nullable Instant withdrawnAt) {

    /** The round of an assignment no rule made, and of a JOIN rule's (a RENEWAL rule's is the expiry day and path). */
    static final String NO_ROUND = "";

    /** The key that keeps one person from having the same work open twice. */
    static String openKey(long userId, WorkKind kind, String refId) {
        return userId + ":" + kind + ":" + refId;
    }
}
