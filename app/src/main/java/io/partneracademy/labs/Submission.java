package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An answer, upload or attestation for one task, with its result and the reviewer's decision. */
@MappedEntity("lab_submission")
record Submission(@Id @GeneratedValue @Nullable Long id, long userId, String trackId, int trackVersion, String taskId,
                  SubmissionKind kind, @Nullable String answer, @Nullable String storageKey, @Nullable String fileName,
                  @Nullable String contentType, @Nullable Long sizeBytes, SubmissionStatus status, Instant submittedAt,
                  @Nullable Long reviewerId, @Nullable Instant reviewedAt, @Nullable String feedback) {

    boolean pending() {
        return status == SubmissionStatus.PENDING;
    }

    boolean passed() {
        return status == SubmissionStatus.PASSED;
    }

    boolean hasFile() {
        return storageKey != null;
    }
}
