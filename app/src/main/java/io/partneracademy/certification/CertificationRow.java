package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.partneracademy.catalog.Level;

import java.math.BigDecimal;
import java.time.Instant;

/** A certification record; see V027 for what the keys guarantee. */
@MappedEntity("certification")
record CertificationRow(@Id @GeneratedValue @Nullable Long id, String credentialId, long userId, String pathId,
                        String pathTitle, Level level, String holderName, @Nullable Long attemptId,
                        BigDecimal scorePercent,
                        Instant issuedAt, Instant expiresAt, CertificationStatus status, Instant statusAt,
                        @Nullable String statusReason, @Nullable Long supersedesId, @Nullable Long supersededBy,
                        @Nullable String activeKey) {

    static String activeKey(long userId, String pathId) {
        return userId + ":" + pathId;
    }

    /** The status as of {@code now}: an ACTIVE record past its expiry is expired even before the job has run. */
    CertificationStatus statusAt(Instant now) {
        return status == CertificationStatus.ACTIVE && !expiresAt.isAfter(now) ? CertificationStatus.EXPIRED : status;
    }
}
