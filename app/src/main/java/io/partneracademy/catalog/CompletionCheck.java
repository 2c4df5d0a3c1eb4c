package io.partneracademy.catalog;

import java.util.List;

/**
 * Something a course requires besides its lessons when its course.yaml says so (its practice quizzes, passed with the
 * course's pass mark), answered by the feature that records it. {@link CourseCompletions} asks it for its one rule of
 * "course complete", so the course page, path progress, reports and certification all follow the same answer.
 * Called inside the caller's transaction, so an answer includes what that transaction just wrote.
 */
public interface CompletionCheck {

    /**
     * Every required item of the course, with whether the person has passed it at {@code passMark} percent; the
     * course keeps only those of modules the person sees.
     */
    List<Required> required(long userId, String courseId, int passMark);

    /** A required item: the module it follows, its title and page, and whether the person has passed it. */
    record Required(String moduleId, String title, String href, boolean passed) {
    }
}
