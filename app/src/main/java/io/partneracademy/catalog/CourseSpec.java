package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A course as authored, in files or in the browser: everything one published version consists of, its
 * translations included.
 *
 * @param quizPassMark when set, the course's practice quizzes count toward completing it: each must be passed with
 *                     at least this percentage in one round (course.yaml {@code completion: quiz-pass-mark:}); null
 *                     keeps them practice only
 */
public record CourseSpec(String id, String title, String summary, String language, Audience audience,
                         List<ModuleSpec> modules, Map<String, byte[]> assets, List<CourseTranslation> translations,
                         @Nullable Integer quizPassMark) {

    public CourseSpec {
        modules = List.copyOf(modules);
        assets = new TreeMap<>(assets);
        translations = List.copyOf(translations);
    }

    /** A course whose quizzes are practice only. */
    public CourseSpec(String id, String title, String summary, String language, Audience audience,
                      List<ModuleSpec> modules, Map<String, byte[]> assets, List<CourseTranslation> translations) {
        this(id, title, summary, language, audience, modules, assets, translations, null);
    }

    /** A course without translations. */
    public CourseSpec(String id, String title, String summary, String language, Audience audience,
                      List<ModuleSpec> modules, Map<String, byte[]> assets) {
        this(id, title, summary, language, audience, modules, assets, List.of());
    }

    /** The same course with these translations (e.g. a browser edit keeps the published version's). */
    public CourseSpec withTranslations(List<CourseTranslation> newTranslations) {
        return new CourseSpec(id, title, summary, language, audience, modules, assets, newTranslations, quizPassMark);
    }

    /** Every lesson, in course order. */
    public List<LessonSpec> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    /**
     * The course's title, summary and module titles in another language, with the lessons translated into it.
     *
     * @param source the {@link SourceFingerprint} of the source course the translator worked from
     */
    public record CourseTranslation(String language, String title, String summary, Map<String, String> moduleTitles,
                                    String source, List<LessonTranslation> lessons) {

        public CourseTranslation {
            moduleTitles = new TreeMap<>(moduleTitles);
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * One lesson in another language: everything a reader reads; minutes, audience and id stay the source's.
     *
     * @param source the {@link SourceFingerprint} of the source lesson the translator worked from
     */
    public record LessonTranslation(String lessonId, String title, List<String> objectives, String markdown,
                                    String source) {

        public LessonTranslation {
            objectives = List.copyOf(objectives);
        }
    }

    /** A module: a titled group of lessons. */
    public record ModuleSpec(String id, String title, List<LessonSpec> lessons) {

        public ModuleSpec {
            lessons = List.copyOf(lessons);
        }
    }

    /** A lesson: metadata from its YAML header and its Markdown body. */
    public record LessonSpec(String id, String title, int minutes, List<String> objectives, String language,
                             Audience audience, String markdown) {

        public LessonSpec {
            objectives = List.copyOf(objectives);
        }
    }
}
