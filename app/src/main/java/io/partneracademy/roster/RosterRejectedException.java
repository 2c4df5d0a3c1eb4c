package io.partneracademy.roster;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

import java.util.List;

/** A roster file with problems: nothing of it is kept or applied; each problem names its line. */
public class RosterRejectedException extends ApplicationException {

    private final transient List<RosterProblem> problems;

    RosterRejectedException(List<RosterProblem> problems) {
        super("roster.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
