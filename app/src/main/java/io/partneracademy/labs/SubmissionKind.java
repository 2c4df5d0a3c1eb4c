package io.partneracademy.labs;

/** What a learner handed in for a task: a typed answer, an attestation, or an uploaded artifact. */
public enum SubmissionKind {
    ANSWER, ATTEST, ARTIFACT
}
