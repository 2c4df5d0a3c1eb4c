package io.partneracademy.live;

import io.partneracademy.web.ConflictException;

/** The session no longer takes registrations or cancellations: it started, passed the cut-off, or was cancelled. */
class RegistrationClosedException extends ConflictException {

    RegistrationClosedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
