package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what happened to a certification twice, in the caller's transaction: into its history, and as an event
 * in the outbox for other features (tiers) to process.
 */
@Singleton
class CertificationLog {

    static final String ISSUED = "ISSUED";
    static final String SUPERSEDED = "SUPERSEDED";
    static final String EXPIRED = "EXPIRED";
    static final String REVOKED = "REVOKED";
    static final String REMINDED = "REMINDED";

    private final CertificationRepository certifications;
    private final Outbox outbox;

    CertificationLog(CertificationRepository certifications, Outbox outbox) {
        this.certifications = certifications;
        this.outbox = outbox;
    }

    /** A lifecycle change: history plus an outbox event {@code certification.<type>}. */
    void changed(CertificationRow certification, String type, Instant at, @Nullable Long actorId, @Nullable String detail) {
        certifications.addEvent(certification.id(), type, at, actorId, detail);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("certificationId", certification.id());
        payload.put("credentialId", certification.credentialId());
        payload.put("userId", certification.userId());
        payload.put("pathId", certification.pathId());
        payload.put("level", certification.level().name());
        payload.put("issuedAt", certification.issuedAt().toString());
        payload.put("expiresAt", certification.expiresAt().toString());
        payload.put("supersedesId", certification.supersedesId());
        payload.put("at", at.toString());
        outbox.add("certification." + type.toLowerCase(Locale.ROOT), certification.credentialId(), payload);
    }

    /** History only (reminders). */
    void noted(CertificationRow certification, String type, Instant at, @Nullable String detail) {
        certifications.addEvent(certification.id(), type, at, null, detail);
    }
}
