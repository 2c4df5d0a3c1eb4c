package io.partneracademy.certification;

import io.partneracademy.web.NotFoundException;

/** No certification with that credential id, or none the viewer may see; the same answer for every id. */
class CertificationNotFoundException extends NotFoundException {

    CertificationNotFoundException() {
        super("certification.not-found");
    }
}
