package io.partneracademy.web;

import io.micronaut.http.HttpStatus;

/** A language the switcher does not offer, reported with the value sent and the languages there are. */
class UnknownLanguageException extends ApplicationException {

    UnknownLanguageException(String value) {
        super("language.unknown", value, String.join(", ", Language.tags()));
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
