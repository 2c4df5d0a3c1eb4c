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
 * {@code daysBeforeExpiry} days before the certification expires, due on the day it expires.
 */
@MappedEntity("assignment_rule")
record RuleRow(@Id @GeneratedValue @Nullable Long id, RuleKind ruleKind, @Nullable Long partnerId,
               @Nullable String partnerTier, @Nullable String jobTitle,
               @Nullable WorkKind kind, @Nullable String refId, @Nullable String title,
               @Nullable Integer dueDays, @Nullable Integer daysBeforeExpiry, long createdBy, Instant createdAt) {

    /** True for a renewal rule that renews whichever certification is expiring. */
    boolean anyCertification() {
        return ruleKind == RuleKind.RENEWAL && kind == null;
    }

    /** The same rule with what an edit may change: who it reaches and how many days it gives. */
    RuleRow edited(@Nullable Long partner, @Nullable String tier, @Nullable String title, @Nullable Integer due,
                   @Nullable Integer before) {
        return new RuleRow(id, ruleKind, partner, tier, title, kind, refId, this.title, due, before, createdBy, createdAt);
    }
}
