package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.certification.CertificationFeed;

import java.time.Instant;

/**
 * A certification as the API shows it.
 *
 * @param credentialId           the id printed on the certificate and checked at {@code verifyUrl}
 * @param personId               the holder's person id
 * @param holderName             the name on the certificate
 * @param pathId                 the certification path, e.g. {@code foundation}
 * @param level                  FOUNDATION, PRACTITIONER or ARCHITECT (the three levels), or SPECIALIZATION for an
 *                               industry track beside them (e.g. {@code healthcare}, after Practitioner)
 * @param status                 ACTIVE, EXPIRED, REVOKED or SUPERSEDED (renewed), as of the request
 * @param issuedAt               when it was issued
 * @param expiresAt              when it expires
 * @param updatedAt              when it last changed; what {@code updated_since} compares
 * @param renewsCredentialId     the credential this one renewed, if any
 * @param verifyUrl              the public verification page
 */
@Serdeable
record ApiCertification(String credentialId, long personId, String holderName, String pathId, String level,
                        String status, Instant issuedAt, Instant expiresAt, Instant updatedAt,
                        @Nullable String renewsCredentialId, String verifyUrl) {

    static ApiCertification of(CertificationFeed.Item c) {
        return new ApiCertification(c.credentialId(), c.userId(), c.holderName(), c.pathId(), c.level().name(), c.status().name(),
                c.issuedAt(), c.expiresAt(), c.updatedAt(), c.supersedesCredentialId(), c.verifyUrl());
    }
}
