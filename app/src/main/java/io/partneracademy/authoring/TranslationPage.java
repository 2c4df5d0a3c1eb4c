package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * What the translation editor shows: one text of a course (its own text, or a lesson) in one language, beside its
 * source, and the next text of that language still to do.
 */
record TranslationPage(Course course, Source source, Translation translation, @Nullable Next next)
        implements TranslationForm.Text {

    /**
     * The course and the language being translated into.
     *
     * @param translated whether the course's own text is translated into the language (lessons need it first)
     */
    record Course(String id, String title, String sourceLanguage, String language, boolean translated) {
    }

    /** The source text as it is now: a lesson's (with its id), or the course's own (no lesson id). */
    record Source(@Nullable String lessonId, String title, String text, String fingerprint) {
    }

    /**
     * The translation: its file, state, the fingerprint it names, its text to edit, and for an outdated one the lines
     * of the source that changed since (empty when the course's history no longer has that source).
     */
    record Translation(String file, TranslationStates.State state, @Nullable String madeFrom, String text,
                       List<LineDiff.Change> sourceChanges) {

        /** The version of a language that has no translation of the text yet. */
        static final String NONE = "none";

        /**
         * The version an edit starts from: a hash of the stored translation's file text, or {@link #NONE}; any save by
         * another translator gives another version.
         */
        public String version() {
            return state == TranslationStates.State.MISSING ? NONE : version(text);
        }

        /** The version of a stored translation whose file text is this. */
        static String version(String storedText) {
            return io.partneracademy.web.Secrets.sha256(storedText).substring(0, 12);
        }
    }

    /** The next text in the same language that is missing or outdated, after the one being edited. */
    record Next(@Nullable String lessonId, String title, TranslationStates.State state) {
    }

    /** True for the course's own text (title, summary, module titles), false for a lesson. */
    public boolean isCourseText() {
        return source.lessonId() == null;
    }

    /** The translation's language named in the reader's language ("German", "Deutsch"). */
    public String languageName(Locale reader) {
        return Locale.forLanguageTag(course.language()).getDisplayName(reader);
    }

    /** The source's language named in the reader's language. */
    public String sourceLanguageName(Locale reader) {
        return Locale.forLanguageTag(course.sourceLanguage()).getDisplayName(reader);
    }
}
