package io.partneracademy.web;

import io.micronaut.http.HttpStatus;

/** Something the user asked for does not exist (or is not theirs to know about). */
public class NotFoundException extends ApplicationException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
