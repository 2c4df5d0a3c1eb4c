package io.partneracademy.reports;

import io.partneracademy.web.NotFoundException;

/** No program table has this name. */
class ProgramTableNotFoundException extends NotFoundException {

    ProgramTableNotFoundException(String id) {
        super("program.table.not-found", id);
    }
}
