package io.partneracademy.exams;

import io.partneracademy.web.ConflictException;

import java.time.Instant;

/** The retake policy, cooldown or exam window does not allow an attempt now. */
public class RetakeNotAllowedException extends ConflictException {

    public RetakeNotAllowedException(Instant nextAllowed) {
        super("attempt.not-yet", nextAllowed.toString());
    }

    public RetakeNotAllowedException() {
        super("attempt.window-closed");
    }
}
