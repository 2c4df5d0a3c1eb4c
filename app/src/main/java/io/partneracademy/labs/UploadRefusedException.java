package io.partneracademy.labs;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** An upload was refused (too large, wrong type, empty); nothing of it was kept. */
class UploadRefusedException extends ApplicationException {

    private final HttpStatus status;

    private UploadRefusedException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.status = status;
    }

    static UploadRefusedException tooLarge(String limit) {
        return new UploadRefusedException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "labs.upload.too-large", limit);
    }

    static UploadRefusedException wrongType(String allowed) {
        return new UploadRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "labs.upload.wrong-type", allowed);
    }

    static UploadRefusedException empty() {
        return new UploadRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "labs.upload.empty");
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
