package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks what a reader gets of a course version: the translation into their language where it exists, else the
 * source. Lesson ids, and so progress, are the same in every language.
 */
@Singleton
class Translations {

    private final TranslationRepository translations;

    Translations(TranslationRepository translations) {
        this.translations = translations;
    }

    /** The course version as read in this language; the source itself when the language is null or the source's. */
    Localized of(CourseVersionRow version, @Nullable Locale reader) {
        String wanted = reader == null ? version.language() : reader.getLanguage();
        if (wanted.equalsIgnoreCase(version.language())) {
            return new Localized(version, wanted, null, Map.of());
        }
        TranslationRepository.CourseTranslationRow course = translations
                .findCourse(version.courseId(), version.version(), wanted).orElse(null);
        Map<String, TranslationRepository.LessonTranslationRow> lessons = new HashMap<>();
        translations.findLessons(version.courseId(), version.version(), wanted)
                .forEach(l -> lessons.put(l.lessonId(), l));
        return new Localized(version, wanted, course, lessons);
    }

    /** One course version for one reader's language. */
    record Localized(CourseVersionRow version, String wanted,
                     @Nullable TranslationRepository.CourseTranslationRow course,
                     Map<String, TranslationRepository.LessonTranslationRow> lessons) {

        String title() {
            return course == null ? version.title() : course.title();
        }

        String summary() {
            return course == null ? version.summary() : course.summary();
        }

        /** The language the course's title and summary are shown in. */
        String language() {
            return course == null ? version.language() : course.language();
        }

        /** Whether the course's own text is the reader's language, a translation into it, or the source as a fallback. */
        CatalogViews.ContentLanguage courseLanguage() {
            return new CatalogViews.ContentLanguage(language(), version.language(), wanted,
                    course == null && !wanted.equalsIgnoreCase(version.language()),
                    course != null && course.outdated());
        }

        String moduleLanguage(ModuleRow module) {
            return course != null && course.moduleTitleMap().containsKey(module.moduleId()) ? course.language()
                    : version.language();
        }

        String lessonLanguage(LessonRow lesson) {
            return lesson(lesson).map(TranslationRepository.LessonTranslationRow::language).orElse(lesson.language());
        }

        /** A lesson as an item of the outline, in the reader's language where translated. */
        CatalogViews.LessonItem item(LessonRow lesson, boolean completed) {
            return new CatalogViews.LessonItem(lesson.lessonId(), lessonTitle(lesson), lessonLanguage(lesson),
                    lesson.minutes(), completed);
        }

        String moduleTitle(ModuleRow module) {
            return course == null ? module.title() : course.moduleTitleMap().getOrDefault(module.moduleId(), module.title());
        }

        String lessonTitle(LessonRow lesson) {
            return lesson(lesson).map(TranslationRepository.LessonTranslationRow::title).orElse(lesson.title());
        }

        Optional<TranslationRepository.LessonTranslationRow> lesson(LessonRow lesson) {
            return Optional.ofNullable(lessons.get(lesson.lessonId()));
        }

        /** Which language the lesson is shown in, and whether that is a fallback or an outdated translation. */
        CatalogViews.ContentLanguage language(LessonRow lesson) {
            Optional<TranslationRepository.LessonTranslationRow> translated = lesson(lesson);
            boolean wantsOther = !wanted.equalsIgnoreCase(lesson.language());
            return new CatalogViews.ContentLanguage(translated.map(TranslationRepository.LessonTranslationRow::language)
                    .orElse(lesson.language()), lesson.language(), wanted, wantsOther && translated.isEmpty(),
                    translated.map(TranslationRepository.LessonTranslationRow::outdated).orElse(false));
        }
    }
}
