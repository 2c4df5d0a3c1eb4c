package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An automatic assignment (V087, V117) for the people of one partner ({@code partnerId}) or of every partner of
 * {@code partnerTier} (any tier when both are null) whose job title contains {@code jobTitle} (anyone when null).
 * A {@link RuleKind#JOIN} rule gives the work due {@code dueDays} after it reaches someone; a {@link RuleKind#RENEWAL}
 * rule gives the renewal of a path ({@code kind} PATH), or of any certification when {@code kind} is null,
 * {@code daysBeforeExpiry} days before the certification expires, due on the day it expires; it has considered every
 * certification expiring up to {@code scannedUntil} (V128; null: none yet).
 */
@MappedEntity("assignment_rule")
record RuleRow(@Id @GeneratedValue @Nullable Long id, RuleKind ruleKind, @Nullable Long partnerId,
               @Nullable String partnerTier, @Nullable String jobTitle,
               @Nullable WorkKind kind, @Nullable String refId, @Nullable String title,
               @Nullable Integer dueDays, @Nullable Integer daysBeforeExpiry, long createdBy, Instant createdAt,
               @Nullable Instant scannedUntil) {

    /** True for a renewal rule that renews whichever certification is expiring. */
    boolean anyCertification() {
        return ruleKind == RuleKind.RENEWAL && kind == null;
    }

    /** The same rule as the edit form gave it, under this rule's id and author, to look at its whole window again. */
    RuleRow edited(RuleRow form) {
        return new RuleRow(id, form.ruleKind, form.partnerId, form.partnerTier, form.jobTitle, form.kind, form.refId,
                form.title, form.dueDays, form.daysBeforeExpiry, createdBy, createdAt, null);
    }

    /** True when the edit gives other work (another kind of rule, or another path, course, track or session). */
    boolean otherWorkThan(RuleRow other) {
        return ruleKind != other.ruleKind || kind != other.kind || !java.util.Objects.equals(refId, other.refId);
    }
}
