package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An automatic assignment (see V087): everyone at a partner of {@code partnerTier} (any tier when null) whose job
 * title contains {@code jobTitle} (anyone when null) gets the work, due {@code dueDays} after the rule reaches them.
 */
@MappedEntity("assignment_rule")
record RuleRow(@Id @GeneratedValue @Nullable Long id, @Nullable String partnerTier, @Nullable String jobTitle,
               WorkKind kind, String refId, String title, int dueDays, long createdBy, Instant createdAt) {
}
