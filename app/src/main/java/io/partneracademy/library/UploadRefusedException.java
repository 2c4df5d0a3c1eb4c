package io.partneracademy.library;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** An uploaded or shipped file the library cannot take, with a sentence saying what is wrong with it. */
public class UploadRefusedException extends ApplicationException {

    public UploadRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
