package io.partneracademy.authoring;

import io.partneracademy.web.ConflictException;

/** Another node (or another request) is importing the same tree right now; this import did nothing. */
public class ImportRunningException extends ConflictException {

    ImportRunningException() {
        super("authoring.import.running");
    }
}
