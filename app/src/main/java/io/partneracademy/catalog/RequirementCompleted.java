package io.partneracademy.catalog;

/**
 * Published (synchronously, inside the transaction that recorded it) when a person completes a path requirement:
 * a course, a lab track. Certification listens and issues a certification when this was the last one missing.
 *
 * @param kind  a completed course or lab track, or a passed certification exam
 * @param refId the course, lab track or exam id
 */
public record RequirementCompleted(long userId, RequirementKind kind, String refId) {
}
