package io.partneracademy.library;

import io.partneracademy.web.NotFoundException;

/** No such resource, or not one the viewer's company may see (deliberately the same answer). */
class ResourceNotFoundException extends NotFoundException {

    ResourceNotFoundException(String id) {
        super("library.not-found", id);
    }
}
