package io.partneracademy.reports;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** A program view filter value the page does not offer, reported with the parameter and the value. */
class InvalidFilterException extends ApplicationException {

    InvalidFilterException(String parameter, String value) {
        super("program.filter.invalid", parameter, value);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
