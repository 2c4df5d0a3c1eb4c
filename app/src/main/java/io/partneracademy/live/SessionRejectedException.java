package io.partneracademy.live;

import io.partneracademy.web.InvalidInputException;

import java.util.List;

/** A live session (or series) as given breaks rules: times, zone, course, path, tier, links, instructors. */
public class SessionRejectedException extends InvalidInputException {

    /** The part of the session a problem is about. */
    public enum Part { TIME_ZONE, START, END, COURSE, PATH, MIN_TIER, REPEAT, JOIN_URL, RECORDING_URL, INSTRUCTORS }

    private final transient List<Problem> problems;

    SessionRejectedException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the part of the session and the message key. */
    public record Problem(Part part, String messageKey) {
    }
}
