package io.partneracademy.labs;

import io.partneracademy.web.NotFoundException;

/** No published lab track has this id. */
class LabTrackNotFoundException extends NotFoundException {

    LabTrackNotFoundException(String trackId) {
        super("labs.not-found", trackId);
    }
}
