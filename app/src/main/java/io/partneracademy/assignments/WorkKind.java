package io.partneracademy.assignments;

/**
 * What can be assigned: a certification path (done when its certification is held), a course, a lab track, or
 * attending a live session of a course ({@code LIVE}, its ref id is the course id; done when attendance is recorded).
 */
public enum WorkKind {
    PATH, COURSE, LAB, LIVE
}
