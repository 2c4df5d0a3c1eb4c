package io.partneracademy.authoring;

import io.partneracademy.web.NotFoundException;

/** No draft for that course. */
public class DraftNotFoundException extends NotFoundException {

    public DraftNotFoundException(String courseId) {
        super("draft.not-found", courseId);
    }
}
