package io.partneracademy.catalog;

import io.partneracademy.web.NotFoundException;

/** No such certification path. */
public class PathNotFoundException extends NotFoundException {

    public PathNotFoundException(String id) {
        super("path.not-found", id);
    }
}
