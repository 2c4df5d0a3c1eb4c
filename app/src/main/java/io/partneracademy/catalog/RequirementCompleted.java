package io.partneracademy.catalog;

/**
 * Published (synchronously, inside the transaction that recorded it) when a person completes a path requirement:
 * a course, a lab track. Certification listens and issues a certification when this was the last one missing.
 *
 * @param kind  a {@code path_requirement.kind} (COURSE, LAB) or EXAM for a passed certification exam
 * @param refId the course, lab track or exam id
 */
public record RequirementCompleted(long userId, String kind, String refId) {

    /** The kind for a passed certification exam (courses and lab tracks use their path_requirement kinds). */
    public static final String EXAM = "EXAM";
}
