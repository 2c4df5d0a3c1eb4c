package io.partneracademy.exams;

import io.partneracademy.web.ConflictException;

/** The attempt no longer takes answers: submitted, or past its deadline and grace. */
public class AttemptClosedException extends ConflictException {

    private final long attemptId;

    public AttemptClosedException(long attemptId, boolean late) {
        super(late ? "attempt.too-late" : "attempt.closed");
        this.attemptId = attemptId;
    }

    public long attemptId() {
        return attemptId;
    }
}
