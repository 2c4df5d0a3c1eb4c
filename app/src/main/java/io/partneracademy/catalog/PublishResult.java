package io.partneracademy.catalog;

/** What publishing a course did: the version learners now see, and whether it is new. */
public record PublishResult(String courseId, int version, boolean changed) {
}
