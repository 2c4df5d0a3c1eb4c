package io.partneracademy.certification;

import io.partneracademy.catalog.Level;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.web.ContentText;

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

    /**
     * The verify page's answer for a visitor: the verification, and the certification named by its path's title in
     * the visitor's language where the path is translated into it, else as issued, with the language it is written in.
     */
    public record Verified(Verification verification, ContentText certification) {
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

    /**
     * One event of a certification's history. {@code detail} is stored as written when the event happened: for the
     * events the platform writes itself ({@link #reminded}, {@link #renews}, {@link #renewedBy}) in one fixed English
     * form that pages say again in the reader's language ({@link #detailKey}, {@link #detailArgument}); for a
     * revocation, the admin's own words, shown as typed.
     */
    public record HistoryItem(String type, String at, @Nullable String detail) {

        private static final java.util.regex.Pattern REMINDED = java.util.regex.Pattern.compile("(\\d+) days before expiry");
        private static final java.util.regex.Pattern RENEWS = java.util.regex.Pattern.compile("renews (\\S+)");
        private static final java.util.regex.Pattern RENEWED_BY = java.util.regex.Pattern.compile("by (\\S+)");

        /** The detail of a reminder sent {@code days} before expiry. */
        static String reminded(long days) {
            return days + " days before expiry";
        }

        /** The detail of an issue that renews the certification {@code credentialId}. */
        static String renews(String credentialId) {
            return "renews " + credentialId;
        }

        /** The detail of a certification renewed by {@code credentialId}. */
        static String renewedBy(String credentialId) {
            return "by " + credentialId;
        }

        /** The message that says the detail in the reader's language; null for a detail shown as typed. */
        public @Nullable String detailKey() {
            return detail == null ? null : switch (type) {
                case CertificationLog.REMINDED -> REMINDED.matcher(detail).matches() ? "transcript.detail.reminded" : null;
                case CertificationLog.ISSUED -> RENEWS.matcher(detail).matches() ? "transcript.detail.renews" : null;
                case CertificationLog.SUPERSEDED -> RENEWED_BY.matcher(detail).matches() ? "transcript.detail.renewed-by" : null;
                default -> null;
            };
        }

        /** The number of days or the credential id the {@link #detailKey} message names. */
        public @Nullable String detailArgument() {
            String key = detailKey();
            if (key == null) {
                return null;
            }
            java.util.regex.Matcher m = (key.endsWith("reminded") ? REMINDED : key.endsWith("renews") ? RENEWS : RENEWED_BY)
                    .matcher(detail);
            return m.matches() ? m.group(1) : null;
        }
    }
}
