package io.partneracademy.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An uploaded roster file and, once confirmed, what applying it did. */
@MappedEntity("roster_import")
record RosterImportRow(@Id @GeneratedValue @Nullable Long id,
                       long partnerId,
                       long uploadedBy,
                       Instant uploadedAt,
                       String fileName,
                       String content,
                       Status status,
                       @Nullable Long appliedBy,
                       @Nullable Instant appliedAt,
                       @Nullable Boolean leavingApplied,
                       @Nullable Integer invited,
                       @Nullable Integer updated,
                       @Nullable Integer leftCount) {

    /** Previewed until someone confirms it; applied exactly once. */
    enum Status {
        PREVIEWED,
        APPLIED
    }
}
