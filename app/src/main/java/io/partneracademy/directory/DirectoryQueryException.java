package io.partneracademy.directory;

import io.partneracademy.web.InvalidPartsException;

import java.util.List;

/** A directory search asks for something the directory does not know (an unknown filter, a too long text). */
public class DirectoryQueryException extends InvalidPartsException {

    /** The part of the search a problem is about. */
    public enum Part { TEXT, TIER, TYPE, SPECIALIZATION }

    DirectoryQueryException(List<Problem> problems) {
        super(problems);
    }
}
