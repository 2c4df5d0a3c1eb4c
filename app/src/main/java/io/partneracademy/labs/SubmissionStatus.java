package io.partneracademy.labs;

/** Where a submission stands: checked right or wrong at once, or waiting for a reviewer. */
public enum SubmissionStatus {
    PENDING, PASSED, FAILED
}
