package io.partneracademy.api;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** A query parameter or body the API cannot use; the message names the parameter and what is wrong. */
class ApiBadRequestException extends ApplicationException {

    ApiBadRequestException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
