package io.partneracademy.directory;

import io.partneracademy.web.InvalidInputException;

import java.util.List;

/** A directory search asks for something the directory does not know (an unknown filter, a too long text). */
public class DirectoryQueryException extends InvalidInputException {

    /** The part of the search a problem is about. */
    public enum Part { TEXT, TIER, TYPE, SPECIALIZATION }

    private final transient List<Problem> problems;

    DirectoryQueryException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the part of the search and the message key. */
    public record Problem(Part part, String messageKey) {
    }
}
