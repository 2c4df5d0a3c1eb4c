package io.partneracademy.authoring;

import io.partneracademy.web.ConflictException;

/** Another import of content/ and exams/ held the lock for longer than the database waits; nothing was imported. */
class ImportBusyException extends ConflictException {

    ImportBusyException() {
        super("content.import-busy");
    }
}
