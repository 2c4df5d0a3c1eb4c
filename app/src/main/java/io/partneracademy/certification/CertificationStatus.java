package io.partneracademy.certification;

/**
 * Where a certification stands ({@code certification.status}): active until it expires, is revoked by an admin or is
 * superseded by its renewal.
 */
public enum CertificationStatus {
    ACTIVE, EXPIRED, REVOKED, SUPERSEDED
}
