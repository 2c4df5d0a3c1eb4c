package io.partneracademy.labs;

import io.partneracademy.web.ConflictException;

/** The task cannot take a submission now: locked behind earlier tasks, waiting for a review, or already decided. */
class TaskStateException extends ConflictException {

    TaskStateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
