package io.partneracademy.certification;

import io.partneracademy.catalog.Level;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** What the certification pages and the verify JSON show. */
public final class CertificationViews {

    private CertificationViews() {
    }

    /**
     * The public verification answer: who, what, when, and the live status. Its JSON shape is documented in
     * docs/schemas/verify-response.schema.json; every key is present, null when it does not apply.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(String credentialId, String holder, String certification, Level level,
                               String issuedOn, String expiresOn, CertificationStatus status,
                               @Nullable String statusReason, @Nullable String statusOn, @Nullable String supersededBy, String verifyUrl) {

        /** The same answer naming the certification with another title (its path's title in the visitor's language). */
        public Verification withCertification(String title) {
            return new Verification(credentialId, holder, title, level, issuedOn, expiresOn, status, statusReason,
                    statusOn, supersededBy, verifyUrl);
        }
    }

    /** One certification on a transcript, with its history. */
    public record Entry(String credentialId, String holder, String pathId, String certification, Level level, String issuedOn,
                        String expiresOn, CertificationStatus status, @Nullable String statusReason,
                        BigDecimal scorePercent,
                        @Nullable String supersedes, @Nullable String supersededBy, String verifyUrl,
                        String linkedInUrl, boolean renewable, List<HistoryItem> history) {

        public boolean active() {
            return status == CertificationStatus.ACTIVE;
        }
    }

    /**
     * A certification the person holds now: until when, and from when they may renew it (the recertification window
     * opens that many days before expiry).
     */
    public record Held(String credentialId, String pathId, String certification, Level level, String expiresOn,
                       String renewalOpensOn, boolean renewable) {
    }

    public record HistoryItem(String type, String at, @Nullable String detail) {
    }
}
