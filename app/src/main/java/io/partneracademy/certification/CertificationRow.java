package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A certification record; see V027 for what the keys guarantee. */
@MappedEntity("certification")
record CertificationRow(@Id @GeneratedValue @Nullable Long id, String credentialId, long userId, String pathId,
                        String pathTitle, String level, String holderName, @Nullable Long attemptId,
                        BigDecimal scorePercent,
                        Instant issuedAt, Instant expiresAt, String status, Instant statusAt,
                        @Nullable String statusReason, @Nullable Long supersedesId, @Nullable Long supersededBy,
                        @Nullable String activeKey) {

    static final String ACTIVE = "ACTIVE";
    static final String EXPIRED = "EXPIRED";
    static final String REVOKED = "REVOKED";
    static final String SUPERSEDED = "SUPERSEDED";

    static String activeKey(long userId, String pathId) {
        return userId + ":" + pathId;
    }

    /** The status as of {@code now}: an ACTIVE record past its expiry is expired even before the job has run. */
    String statusAt(Instant now) {
        return ACTIVE.equals(status) && !expiresAt.isAfter(now) ? EXPIRED : status;
    }
}
