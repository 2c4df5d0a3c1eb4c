package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The forms of the authoring pages. */
final class AuthoringForms {

    private AuthoringForms() {
    }

    /** A new course: its id can never change afterwards. */
    @Serdeable
    record NewCourse(@Nullable String id, @Nullable String title, @Nullable String summary) {
    }

    /** A course's own fields. */
    @Serdeable
    record Details(@Nullable String title, @Nullable String summary, @Nullable String language,
                   @Nullable String minTier, @Nullable List<String> partnerTypes) {
    }

    /** A new module. */
    @Serdeable
    record NewModule(@Nullable String id, @Nullable String title) {
    }

    /** A lesson being written; {@code preview} set means "show me" rather than "save". */
    @Serdeable
    record LessonForm(@Nullable String moduleId, @Nullable String id, @Nullable String title,
                      @Nullable String minutes, @Nullable String objectives, @Nullable String language,
                      @Nullable String markdown, @Nullable String preview) {

        DraftCourse.Lesson toLesson(String defaultLanguage) {
            List<String> objectiveList = objectives == null ? List.of()
                    : objectives.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new DraftCourse.Lesson(text(id), text(title), text(minutes), objectiveList,
                    language == null || language.isBlank() ? defaultLanguage : language.strip(), null, List.of(),
                    markdown == null ? "" : markdown.replace("\r\n", "\n"));
        }

        static LessonForm of(String moduleId, DraftCourse.Lesson lesson) {
            return new LessonForm(moduleId, lesson.id(), lesson.title(), lesson.minutes(),
                    String.join("\n", lesson.objectives()), lesson.language(), lesson.markdown(), null);
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
