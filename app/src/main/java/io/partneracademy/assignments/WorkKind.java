package io.partneracademy.assignments;

/** What can be assigned: a certification path (done when its certification is held), a course or a lab track. */
public enum WorkKind {
    PATH, COURSE, LAB
}
