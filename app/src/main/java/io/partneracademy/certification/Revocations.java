package io.partneracademy.certification;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;

/** The public revocation list (1EdTech Revocation List) that badges' credentialStatus points to. */
@Singleton
class Revocations {

    private final CertificationRepository certifications;
    private final Certifications views;

    Revocations(CertificationRepository certifications, Certifications views) {
        this.certifications = certifications;
        this.views = views;
    }

    @Serdeable
    record RevocationList(String id, List<Revoked> revokedCredentials) {
    }

    @Serdeable
    record Revoked(String id, String revocationReason, String revokedOn) {
    }

    RevocationList list() {
        return new RevocationList(views.baseUrl() + "/verify/revocations", certifications.findRevoked().stream()
                .map(c -> new Revoked(views.verifyUrl(c.credentialId()),
                        c.statusReason() == null ? "" : c.statusReason(), Certifications.date(c.statusAt())))
                .toList());
    }
}
