package io.partneracademy.labs;

import io.partneracademy.web.NotFoundException;

/** No such submission, or not one the viewer may see: another learner's work looks exactly like nothing. */
class SubmissionNotFoundException extends NotFoundException {

    SubmissionNotFoundException() {
        super("labs.submission-not-found");
    }
}
