package io.partneracademy.assignments;

import io.partneracademy.assignments.AssignmentRejectedException.Part;

/** Which input of the assignment, rule and onboarding forms shows a problem with each {@link Part}. */
final class AssignmentFields {

    private AssignmentFields() {
    }

    /** The HTML name of the input for the part, as the assign, rule and add-a-step forms name them. */
    static String of(Part part) {
        return switch (part) {
            case WORK -> "work";
            case PEOPLE -> "people";
            case NOTE -> "note";
            case DUE_ON -> "dueOn";
            case RULE_KIND -> "ruleKind";
            case PARTNER -> "partner";
            case TIER -> "tier";
            case JOB_TITLE -> "jobTitle";
            case DUE_DAYS -> "dueDays";
            case DAYS_BEFORE -> "daysBefore";
            case WEEK -> "week";
        };
    }

    /** The input for the part in the change form of one onboarding step ({@code week-12}, {@code job-12}). */
    static String ofStep(Part part, long stepId) {
        return (part == Part.JOB_TITLE ? "job" : of(part)) + "-" + stepId;
    }
}
