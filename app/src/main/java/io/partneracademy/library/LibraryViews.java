package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** View models of the library pages. */
final class LibraryViews {

    private LibraryViews() {
    }

    /**
     * A resource's page. Versions and per-partner counts are filled for vendor staff only; the owner's address
     * for staff and the owner only. {@code fileName} is what a download is called.
     */
    record ResourcePage(String id, String title, String type, List<String> tags, String language, String minTier,
                        @Nullable String ownerEmail, String reviewBy, boolean stale, String fileName, String size,
                        long downloads, List<VersionItem> versions, List<PartnerDownloadsRow> byPartner,
                        boolean staff) {

        ResourcePage {
            tags = List.copyOf(tags);
            versions = versions == null ? List.of() : List.copyOf(versions);
            byPartner = byPartner == null ? List.of() : List.copyOf(byPartner);
        }

        /** The resource's language, for the page to name in the reader's own language ("German", not "de"). */
        public java.util.Locale languageLocale() {
            return java.util.Locale.forLanguageTag(language);
        }
    }

    /** One stored file of a resource. */
    record VersionItem(int version, String fileName, String size, Instant uploadedAt) {
    }

    /** A stale resource in its owner's list. */
    record StaleItem(String id, String title, String ownerEmail, String reviewBy) {
    }

    /** A refused upload, with its message already in the reader's language. */
    record Refusal(String message) {
    }

    @Nullable
    static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
