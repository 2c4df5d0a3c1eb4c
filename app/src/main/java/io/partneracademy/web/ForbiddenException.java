package io.partneracademy.web;

import io.micronaut.http.HttpStatus;

/** The signed-in user may not do this, whatever the page they came from showed. */
public class ForbiddenException extends ApplicationException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
