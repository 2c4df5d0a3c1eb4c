package io.partneracademy.live;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** A session upload was refused (too large, a type the session does not take, empty); nothing of it was kept. */
class UploadRefusedException extends ApplicationException {

    private final HttpStatus status;

    private UploadRefusedException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.status = status;
    }

    static UploadRefusedException tooLarge(long maxBytes) {
        return new UploadRefusedException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "live.upload.too-large",
                io.partneracademy.web.FileSizes.label(maxBytes));
    }

    static UploadRefusedException wrongType(SessionFile.Kind kind) {
        return new UploadRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "live.upload.wrong-type",
                UploadType.labels(kind));
    }

    static UploadRefusedException empty() {
        return new UploadRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "live.upload.empty");
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
