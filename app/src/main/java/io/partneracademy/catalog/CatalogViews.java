package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.ContentText;

import java.util.List;

/** The view models of the learner pages. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /**
     * A course in a list: its progress for the viewer; {@code content} says which language its title and summary are
     * shown in (the source's where the course is not translated into the reader's language).
     */
    public record CourseCard(String id, String title, String summary, ContentLanguage content,
                             CourseCompletions.Status progress, boolean enrolled, int minutes) {

        /** The language the title and summary are written in. */
        public String language() {
            return content.shown();
        }

        /** The title with its language, for a message that names the course. */
        public ContentText titleText() {
            return new ContentText(title, content.shown());
        }

        /** Lessons of the current version the viewer may see. */
        public int lessons() {
            return progress.lessons();
        }

        /** Lessons done (a complete course may have lessons a later version added that are not done). */
        public int completed() {
            return progress.done();
        }

        public int percent() {
            return progress.percent();
        }

        /** True once the course is complete by catalog's one definition ({@link CourseCompletions}). */
        public boolean done() {
            return progress.complete();
        }
    }

    /** A lesson in the course outline, its title in {@code language}. */
    public record LessonItem(String id, String title, String language, int minutes, boolean completed) {
    }

    /** A module in the course outline, its title in {@code language}. */
    public record ModuleItem(String id, String title, String language, List<LessonItem> lessons) {
    }

    /** The course page. */
    public record CoursePage(CourseCard card, int version, List<ModuleItem> modules, @Nullable String continueLessonId,
                             Requirement requirement) {

        /** Whether the course's own text is in the reader's language or the source is shown as a fallback. */
        public ContentLanguage content() {
            return card.content();
        }

        /** Text written in the course's source language, as its knowledge checks are. */
        public ContentText inSource(String text) {
            return new ContentText(text, content().source());
        }

        /** Whether the course's own text is translated into the reader's language. */
        public boolean translated() {
            return !content().fallback();
        }
    }

    /**
     * What completing the course takes besides its lessons: with a quiz pass mark, the quizzes the person must pass
     * (each with whether they have); without one, nothing.
     */
    public record Requirement(@Nullable Integer quizPassMark, List<CompletionCheck.Required> quizzes) {

        public Requirement {
            quizzes = List.copyOf(quizzes);
        }

        /** The required quizzes the person has not passed yet. */
        public List<CompletionCheck.Required> open() {
            return quizzes.stream().filter(q -> !q.passed()).toList();
        }
    }

    /** The lesson reader. */
    public record LessonPage(String courseId, ContentText courseTitle, String id, String title, int minutes,
                             List<String> objectives, String language, String html, boolean completed,
                             @Nullable LessonItem previous, @Nullable LessonItem next, int coursePercent,
                             boolean enrolled, Place place, ContentLanguage content) {
    }

    /**
     * The language a lesson is shown in: a translation into the reader's language, or the source, marked as a
     * fallback when the reader's language has no translation; an outdated translation is marked too.
     */
    public record ContentLanguage(String shown, String source, String requested, boolean fallback, boolean outdated) {

        /** The source language's name in the reader's language ("Englisch"). */
        public String sourceName(java.util.Locale reader) {
            return java.util.Locale.forLanguageTag(source).getDisplayLanguage(reader);
        }

        /** The reader's language's name in itself ("日本語"). */
        public String requestedName() {
            java.util.Locale requestedLocale = java.util.Locale.forLanguageTag(requested);
            return requestedLocale.getDisplayLanguage(requestedLocale);
        }
    }

    /** Where a lesson sits in its course: "Lesson 2 of 5", and the whole outline. */
    public record Place(int number, int total, List<LessonItem> outline) {
    }

    /**
     * A course seen from the path the person follows: the path to go back to, and the next required course of that
     * path they have not finished (null when none is left).
     */
    public record InPath(String pathId, ContentText pathTitle, @Nullable String nextCourseId,
                         @Nullable ContentText nextCourseTitle) {
    }

    /**
     * Where the person left off: what to open next (a lesson, or a required knowledge check once every lesson is done)
     * in the unfinished course they touched last, with the course's lessons done and its percent (checks included).
     */
    public record Continue(String courseId, ContentText courseTitle, String href, ContentText title, int lessons,
                           int completed, int percent) {
    }

    /** An attachment's bytes and type. */
    public record Asset(String contentType, byte[] bytes) {
    }
}
