package io.partneracademy.live;

import io.partneracademy.web.InvalidPartsException;

import java.util.List;

/** A live session (or series) as given breaks rules: times, zone, course, path, tier, links, instructors. */
public class SessionRejectedException extends InvalidPartsException {

    /** The part of the session a problem is about. */
    public enum Part { TIME_ZONE, START, END, COURSE, PATH, MIN_TIER, REPEAT, JOIN_URL, RECORDING_URL, INSTRUCTORS }

    SessionRejectedException(List<Problem> problems) {
        super(problems);
    }
}
