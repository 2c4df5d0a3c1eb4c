package io.partneracademy.certification;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The 1EdTech Revocation List that badges issued before the Bitstring Status List point to, in the shape the
 * 1EdTech validator reads ({@code revokedCredential}, each with {@code id} and {@code revoked}). No reason is
 * published: the holder and admins see it, the public does not.
 */
@Singleton
class Revocations {

    private final CertificationRepository certifications;
    private final Certifications views;

    Revocations(CertificationRepository certifications, Certifications views) {
        this.certifications = certifications;
        this.views = views;
    }

    @Serdeable
    record RevocationList(String id, List<Revoked> revokedCredential) {
    }

    @Serdeable
    record Revoked(String id, boolean revoked) {
    }

    RevocationList list() {
        return new RevocationList(views.baseUrl() + "/verify/revocations", certifications.findRevoked().stream()
                .map(c -> new Revoked(views.verifyUrl(c.credentialId()), true))
                .toList());
    }
}
