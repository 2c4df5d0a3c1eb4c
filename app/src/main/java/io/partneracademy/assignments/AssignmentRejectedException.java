package io.partneracademy.assignments;

import io.partneracademy.web.InvalidPartsException;

import java.util.List;

/**
 * An assignment, rule or onboarding step breaks a rule (a due date in the past or too soon, unknown work, nobody
 * chosen, a week out of range); nothing was saved. Each problem names its {@link Part} and the values its message
 * names (dates, titles, minutes, the text typed).
 */
public class AssignmentRejectedException extends InvalidPartsException {

    /** What was given wrong. */
    public enum Part {
        WORK, PEOPLE, NOTE, DUE_ON, RULE_KIND, PARTNER, TIER, JOB_TITLE, DUE_DAYS, DAYS_BEFORE, WEEK
    }

    AssignmentRejectedException(List<Problem> problems) {
        super(problems);
    }

    AssignmentRejectedException(Part part, String messageKey, Object... arguments) {
        super(part, messageKey, arguments);
    }

    /** A problem with this part, for the list a check collects. */
    static Problem problem(Part part, String messageKey, Object... arguments) {
        return Problem.of(part, messageKey, arguments);
    }
}
