package io.partneracademy.certification;

import io.partneracademy.web.ConflictException;

/** Revoking something that is not active (already revoked, expired or superseded). */
class CertificationNotActiveException extends ConflictException {

    CertificationNotActiveException(String credentialId) {
        super("certification.not-active", credentialId);
    }
}
