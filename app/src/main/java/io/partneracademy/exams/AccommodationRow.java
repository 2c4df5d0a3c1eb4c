package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** Extra exam time granted to a person; the newest grant applies, all are kept for audit. */
@MappedEntity("accommodation")
record AccommodationRow(@Id @GeneratedValue @Nullable Long id, long userId, int extraMinutes,
                        BigDecimal timeMultiplier, String reason, long grantedBy, Instant grantedAt) {
}
