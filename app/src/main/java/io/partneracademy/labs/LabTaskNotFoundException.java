package io.partneracademy.labs;

import io.partneracademy.web.NotFoundException;

/** The track has no task with this id (or not of the kind the request needs). */
class LabTaskNotFoundException extends NotFoundException {

    LabTaskNotFoundException(String taskId) {
        super("labs.task-not-found", taskId);
    }
}
