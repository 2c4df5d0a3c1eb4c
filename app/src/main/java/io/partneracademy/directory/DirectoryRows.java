package io.partneracademy.directory;

import io.micronaut.core.annotation.Introspected;

/** What the directory's read-only queries return. */
final class DirectoryRows {

    private DirectoryRows() {
    }

    /** A listed partner company. */
    @Introspected
    record Company(long id, String name, String tier, String type, String region) {
    }

    /** How many distinct current people of a partner hold an active certification of one level. */
    @Introspected
    record LevelCount(long partnerId, String level, int people) {
    }

    /** A specialization (path id and title) that at least one current person of a partner holds. */
    @Introspected
    record Specialization(long partnerId, String pathId, String pathTitle) {
    }

    /** An active certification of a current person of a partner who opted in to be named. */
    @Introspected
    record Named(long partnerId, long userId, String displayName, String pathTitle, String credentialId) {
    }

    /** A specialization path, to filter by. */
    @Introspected
    record SpecializationPath(String id, String title) {
    }
}
