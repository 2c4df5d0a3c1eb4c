package io.partneracademy.web;

import io.micronaut.http.HttpStatus;

/** The request clashes with the current state (a duplicate, a closed attempt, a used link). */
public class ConflictException extends ApplicationException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
