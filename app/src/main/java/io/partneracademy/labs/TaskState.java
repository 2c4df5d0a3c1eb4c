package io.partneracademy.labs;

/** Where a learner stands on one lab task, as the outline and the task page show it. */
public enum TaskState {
    /** Checked and passed (or attested). */
    DONE,
    /** Submitted and waiting for a reviewer. */
    PENDING,
    /** The last submission failed; the learner may try again. */
    FAILED,
    /** A sequential track: an earlier task is not done yet. */
    LOCKED,
    /** Nothing submitted yet. */
    OPEN
}
