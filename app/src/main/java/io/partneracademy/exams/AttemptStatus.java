package io.partneracademy.exams;

/** Where an exam attempt stands: open until the learner submits it or its deadline passes ({@code exam_attempt.status}). */
public enum AttemptStatus {
    OPEN, SUBMITTED, TIMED_OUT
}
